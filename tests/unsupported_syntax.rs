//! Constructs codeact refuses by design (README, "Not supported") fail at
//! parse time with a SyntaxError naming the construct, before any statement
//! runs. CPython accepts them, so they cannot be grammar-tests goldens; this
//! file pins each message instead. Nothing before the construct may print.

use codeact::{evaluate, Error};

/// Runs `code`, which must fail to parse, and returns the error summary.
fn refused(code: &str) -> String {
    let err = evaluate(code, &[]).unwrap_err();
    assert!(
        matches!(err, Error::Syntax { .. }),
        "{:?} should be a syntax error, got {:?}",
        code,
        err
    );
    assert_eq!(err.stdout(), "", "{:?} ran before being refused", code);
    err.summary()
}

#[test]
fn async_constructs_are_refused_by_name() {
    let cases = [
        (
            "print('x')\nasync def f():\n    pass",
            "SyntaxError: 'async def' is not supported (line 2)",
        ),
        (
            "async def f():\n    async for x in y:\n        pass",
            "SyntaxError: 'async def' is not supported (line 1)",
        ),
        (
            "async def f():\n    async with y:\n        pass",
            "SyntaxError: 'async def' is not supported (line 1)",
        ),
        (
            "def f():\n    return await g()",
            "SyntaxError: 'await' is not supported (line 2)",
        ),
        (
            "x = [i async for i in y]",
            "SyntaxError: 'async for' in a comprehension is not supported (line 1)",
        ),
    ];
    for (code, want) in cases {
        assert_eq!(refused(code), want, "{:?}", code);
    }
}

#[test]
fn except_star_and_typing_syntax_are_refused_by_name() {
    let cases = [
        (
            "try:\n    pass\nexcept* ValueError:\n    pass",
            "SyntaxError: 'except*' is not supported (line 1)",
        ),
        (
            "x = 1\ntype Pair = tuple[int, int]",
            "SyntaxError: 'type' alias is not supported (line 2)",
        ),
        (
            "def first[T](xs: list[T]) -> T:\n    return xs[0]",
            "SyntaxError: generic type parameters is not supported (line 1)",
        ),
        (
            "class Box[T]:\n    pass",
            "SyntaxError: generic type parameters is not supported (line 1)",
        ),
    ];
    for (code, want) in cases {
        assert_eq!(refused(code), want, "{:?}", code);
    }
}

#[test]
fn imports_and_literals_outside_the_subset_are_refused_by_name() {
    let cases = [
        (
            "from . import sibling",
            "SyntaxError: relative import is not supported (line 1)",
        ),
        (
            "from .pkg.mod import name",
            "SyntaxError: relative import is not supported (line 1)",
        ),
        (
            "from math import *",
            "SyntaxError: 'from ... import *' is not supported (line 1)",
        ),
        (
            "z = 3 + 4j",
            "SyntaxError: complex numbers is not supported (line 1)",
        ),
        (
            "z = 1J",
            "SyntaxError: complex numbers is not supported (line 1)",
        ),
    ];
    for (code, want) in cases {
        assert_eq!(refused(code), want, "{:?}", code);
    }
}

#[test]
fn scope_declarations_cpython_rejects_are_rejected() {
    assert_eq!(
        refused("print(1)\nnonlocal y"),
        "SyntaxError: nonlocal declaration not allowed at module level (line 1)"
    );
    assert_eq!(
        refused("def f():\n    nonlocal q\n    q = 1"),
        "SyntaxError: no binding for nonlocal 'q' found (line 1)"
    );
}
