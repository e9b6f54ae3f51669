//! The host-facing API: evaluate, Interpreter, Session, tools, limits, and the
//! `codeact run` command line. Behaviour of Python itself is tested by the
//! grammar-tests corpus; these tests cover what Python files cannot express.

use std::process::Command;
use std::time::{Duration, Instant};

use codeact::{
    evaluate, Config, Error, HostValue, Interpreter, LimitKind, Limits, Session, Tool, ValueType,
};

fn limited(limits: Limits) -> Interpreter {
    Interpreter::new(Config {
        limits,
        ..Config::default()
    })
}

fn adder() -> Tool {
    Tool::new("add", "Adds two integers.", |args: Vec<HostValue>| {
        match (&args[0], &args[1]) {
            (HostValue::Int(a), HostValue::Int(b)) => Ok(HostValue::Int(a + b)),
            _ => Err("expected integers".into()),
        }
    })
    .input("a", ValueType::Integer, "first")
    .input("b", ValueType::Integer, "second")
    .output(ValueType::Integer)
}

#[test]
fn evaluate_captures_print_with_sep_and_end() {
    let o = evaluate("print(1, 2, sep='-', end='!')\nprint('x')", &[]).unwrap();
    assert_eq!(o.stdout, "1-2!x\n");
    assert_eq!(o.value, None);
}

#[test]
fn last_expression_value_is_returned() {
    let o = evaluate("x = [1, 2]\nx + [3]", &[]).unwrap();
    assert_eq!(
        o.value,
        Some(HostValue::List(vec![
            HostValue::Int(1),
            HostValue::Int(2),
            HostValue::Int(3)
        ]))
    );
    assert_eq!(evaluate("print('a')", &[]).unwrap().value, None);
}

#[test]
fn final_answer_ends_the_run_and_cannot_be_caught() {
    let code = "try:\n    final_answer({'a': 1})\nexcept BaseException:\n    print('caught')\nprint('after')";
    let o = evaluate(code, &[]).unwrap();
    assert_eq!(o.stdout, "");
    assert_eq!(o.final_answer.unwrap().repr(), "{'a': 1}");
}

#[test]
fn session_state_persists_between_runs() {
    let mut s = Session::new(Config::default());
    s.run("import math\nclass Box:\n    def __init__(self, v): self.v = v\ncounter = 0")
        .unwrap();
    s.run("def bump():\n    global counter\n    counter += 1\n    return Box(counter)")
        .unwrap();
    s.run("bump(); b = bump()").unwrap();
    let o = s.run("print(counter, b.v, math.floor(2.5))").unwrap();
    assert_eq!(o.stdout, "2 2 2\n");
    assert_eq!(s.get("counter"), Some(HostValue::Int(2)));
    s.set("injected", HostValue::Str("hi".into()));
    assert_eq!(
        s.run("injected.upper()").unwrap().value,
        Some(HostValue::Str("HI".into()))
    );
}

#[test]
fn sessions_run_independently_on_many_threads() {
    let handles: Vec<_> = (0..8)
        .map(|i| {
            std::thread::spawn(move || {
                let mut s = Session::new(Config::default());
                s.run(&format!("n = {}", i)).unwrap();
                s.run("total = sum(range(n * 1000))").unwrap();
                s.get("total")
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let n = (i * 1000) as i64;
        assert_eq!(h.join().unwrap(), Some(HostValue::Int(n * (n - 1) / 2)));
    }
}

#[test]
fn errors_carry_cpython_type_message_line_and_output() {
    let err = evaluate("print('before')\ndef f(d):\n    return d['k']\nf({})", &[]).unwrap_err();
    match &err {
        Error::Exception {
            type_name,
            message,
            line,
            traceback,
            stdout,
            suggestion,
        } => {
            assert_eq!(*suggestion, None);
            assert_eq!(type_name, "KeyError");
            assert_eq!(message, "'k'");
            assert_eq!(*line, Some(3));
            assert!(traceback.ends_with("KeyError: 'k'"), "{}", traceback);
            assert!(traceback.contains("line 4, in <module>"), "{}", traceback);
            assert_eq!(stdout, "before\n");
        }
        other => panic!("unexpected {:?}", other),
    }
}

#[test]
fn an_error_in_a_class_body_shows_the_class_frame() {
    let err = evaluate(
        "def helper():\n    return {}['k']\n\nclass Config:\n    name = 'x'\n    value = helper()",
        &[],
    )
    .unwrap_err();
    match &err {
        Error::Exception {
            line, traceback, ..
        } => {
            assert_eq!(*line, Some(2));
            let frames: Vec<&str> = traceback.lines().filter(|l| l.contains("File")).collect();
            assert_eq!(
                frames,
                [
                    "  File \"<code>\", line 4, in <module>",
                    "  File \"<code>\", line 6, in Config",
                    "  File \"<code>\", line 2, in helper",
                ],
                "{}",
                traceback
            );
        }
        other => panic!("unexpected {:?}", other),
    }
}

#[test]
fn syntax_errors_name_the_construct_and_line() {
    let err = evaluate("x = 1\n\nasync def f():\n    pass", &[]).unwrap_err();
    assert_eq!(
        err.summary(),
        "SyntaxError: 'async def' is not supported (line 3)"
    );
    let err = evaluate("x = (1,\n", &[]).unwrap_err();
    assert!(matches!(err, Error::Syntax { .. }), "{:?}", err);
    for (code, what) in [
        ("try:\n    pass\nexcept* ValueError:\n    pass", "'except*'"),
        ("type X = int", "'type' alias"),
    ] {
        let err = evaluate(code, &[]).unwrap_err();
        assert!(err.summary().contains(what), "{}", err.summary());
    }
}

#[test]
fn tools_are_called_by_position_and_keyword_with_type_checks() {
    let o = evaluate("print(add(2, 3), add(a=1, b=2), add(4, b=5))", &[adder()]).unwrap();
    assert_eq!(o.stdout, "5 3 9\n");
    let err = evaluate("add('x', 1)", &[adder()]).unwrap_err();
    assert_eq!(
        err.summary(),
        "TypeError: add() argument 'a' must be integer, not str"
    );
    let err = evaluate("add(1)", &[adder()]).unwrap_err();
    assert_eq!(
        err.summary(),
        "TypeError: add() missing 1 required positional argument: 'b'"
    );
}

#[test]
fn user_code_cannot_rebind_a_tool() {
    let err = evaluate("add = 5", &[adder()]).unwrap_err();
    assert!(
        err.summary().contains("Cannot assign to name 'add'"),
        "{}",
        err.summary()
    );
    let err = evaluate("def f():\n    global add\n    add = None\nf()", &[adder()]).unwrap_err();
    assert!(
        err.summary().contains("would erase the existing tool"),
        "{}",
        err.summary()
    );
}

#[test]
fn tool_errors_surface_as_python_exceptions() {
    let failing = Tool::new("boom", "Fails.", |_: Vec<HostValue>| {
        Err("no network".to_string())
    });
    let o = evaluate(
        "try:\n    boom()\nexcept RuntimeError as e:\n    print(e)",
        &[failing],
    )
    .unwrap();
    assert_eq!(o.stdout, "tool 'boom' failed: no network\n");
}

#[test]
fn operation_limit_stops_runaway_code_uncatchably() {
    let mut i = limited(Limits {
        max_operations: 50_000,
        ..Limits::default()
    });
    let err = i
        .run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('swallowed')")
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Limit {
                kind: LimitKind::Operations,
                ..
            }
        ),
        "{:?}",
        err
    );
    assert_eq!(err.stdout(), "");
    // The interpreter stays usable after a limit error.
    assert_eq!(i.run("1 + 1").unwrap().value, Some(HostValue::Int(2)));
}

#[test]
fn time_limit_fires_during_execution() {
    let mut i = limited(Limits {
        timeout: Some(Duration::from_millis(300)),
        max_operations: u64::MAX,
        max_while_iterations: u64::MAX,
        ..Limits::default()
    });
    let start = Instant::now();
    let err = i.run("x = 0\nwhile True:\n    x += 1").unwrap_err();
    assert!(
        matches!(
            err,
            Error::Limit {
                kind: LimitKind::Time,
                ..
            }
        ),
        "{:?}",
        err
    );
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn while_loops_are_capped_as_in_smolagents() {
    let mut i = limited(Limits {
        max_while_iterations: 1000,
        ..Limits::default()
    });
    let err = i.run("n = 0\nwhile n >= 0:\n    n += 1").unwrap_err();
    assert!(
        err.summary()
            .contains("Maximum number of 1000 iterations in While loop exceeded"),
        "{}",
        err.summary()
    );
}

#[test]
fn recursion_error_is_catchable_and_never_overflows() {
    let o = evaluate("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)", &[]).unwrap();
    assert_eq!(o.stdout, "caught maximum recursion depth exceeded\n");
    let deep = format!("x = {}1{}", "[".repeat(150), "]".repeat(150));
    assert!(evaluate(&deep, &[]).is_ok());
    let too_deep = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(matches!(
        evaluate(&too_deep, &[]).unwrap_err(),
        Error::Syntax { .. }
    ));
}

#[test]
fn huge_allocations_are_refused_before_they_are_made() {
    for code in [
        "'a' * 10**12",
        "[0] * 10**10",
        "2 ** 10**10",
        "1 << 10**10",
        "'x'.ljust(10**12)",
        "list(range(10**12))",
    ] {
        let err = evaluate(code, &[]).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Limit {
                    kind: LimitKind::Memory,
                    ..
                }
            ),
            "{}: {:?}",
            code,
            err
        );
    }
}

#[test]
fn imports_follow_the_authorization_list() {
    let err = evaluate("import os", &[]).unwrap_err();
    assert!(
        err.summary().starts_with(
            "ImportError: Import of os is not allowed. Authorized imports are: ['collections'"
        ),
        "{}",
        err.summary()
    );
    let mut i = Interpreter::new(Config {
        authorized_imports: vec!["math".into()],
        ..Config::default()
    });
    assert!(i.run("from math import sqrt, pi\nimport math as m").is_ok());
    let err = i.run("import random").unwrap_err();
    assert!(
        err.summary().contains("Import of random is not allowed"),
        "{}",
        err.summary()
    );
}

#[test]
fn absent_builtins_say_they_are_not_available() {
    let err = evaluate("open('/etc/passwd')", &[]).unwrap_err();
    assert_eq!(
        err.summary(),
        "NameError: name 'open' is not defined ('open' is not available in the codeact sandbox)"
    );
}

fn codeact(args: &[&str], stdin: &str) -> (String, String, i32) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_codeact"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("codeact binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("codeact finishes");
    (
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn cli_runs_a_file_and_reports_uncaught_exceptions_like_cpython() {
    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/fibonacci.py");
    let (out, _, code) = codeact(&["run", fib], "");
    assert_eq!((out.as_str(), code), ("354224848179261915075\n", 0));
    let (out, err, code) = codeact(&["run", "-"], "print('hi')\n1 / 0\n");
    assert_eq!(out, "hi\n");
    assert_eq!(
        err.trim_end().lines().last(),
        Some("ZeroDivisionError: division by zero")
    );
    assert_eq!(code, 1);
}

#[test]
fn cli_json_output_names_errors_and_limits() {
    let (out, _, code) = codeact(&["run", "--json", "-"], "print('a')\nfinal_answer(6 * 7)\n");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["stdout"].as_str(), v["final_answer"].as_str(), code),
        (Some("a\n"), Some("42"), 0)
    );
    let (out, _, code) = codeact(
        &["run", "--json", "--max-operations", "1000", "-"],
        "while True:\n    pass\n",
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["error"]["limit"].as_str(), code),
        (Some("operations"), 1)
    );
    let (out, _, _) = codeact(&["run", "--json", "-"], "x = 1\n[][x]\n");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["error"],
        serde_json::json!({"type": "IndexError", "message": "list index out of range", "line": 2, "limit": null})
    );
}

#[test]
fn cli_help_teaches() {
    let (out, _, code) = codeact(&["--help"], "");
    assert!(out.contains("codeact run") && out.contains("EXAMPLE") && code == 0);
    let (out, _, _) = codeact(&["run", "--help"], "");
    for flag in ["--allow-import", "--max-operations", "--timeout", "--json"] {
        assert!(out.contains(flag), "run --help lacks {}", flag);
    }
}
