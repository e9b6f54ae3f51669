//! CPython 3.11's error messages, one constructor per message, so each wording
//! is written once. Returns text only; `Vm::raise` turns it into an exception.

pub fn unsupported_operand(op: &str, left: &str, right: &str) -> String {
    format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op, left, right
    )
}
pub fn bad_unary(op: &str, t: &str) -> String {
    format!("bad operand type for unary {}: '{}'", op, t)
}
pub fn not_supported_between(op: &str, left: &str, right: &str) -> String {
    format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op, left, right
    )
}
pub fn concat_str(other: &str) -> String {
    format!("can only concatenate str (not \"{}\") to str", other)
}
pub fn concat_list(other: &str) -> String {
    format!("can only concatenate list (not \"{}\") to list", other)
}
pub fn concat_tuple(other: &str) -> String {
    format!("can only concatenate tuple (not \"{}\") to tuple", other)
}
pub fn name_not_defined(name: &str) -> String {
    format!("name '{}' is not defined", name)
}
pub fn unbound_local(name: &str) -> String {
    format!(
        "cannot access local variable '{}' where it is not associated with a value",
        name
    )
}
pub fn free_var_unbound(name: &str) -> String {
    format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)
}
pub fn not_subscriptable(t: &str) -> String {
    format!("'{}' object is not subscriptable", t)
}
pub fn not_item_assignable(t: &str) -> String {
    format!("'{}' object does not support item assignment", t)
}
pub fn not_item_deletable(t: &str) -> String {
    format!("'{}' object doesn't support item deletion", t)
}
pub fn not_callable(t: &str) -> String {
    format!("'{}' object is not callable", t)
}
pub fn not_iterable(t: &str) -> String {
    format!("'{}' object is not iterable", t)
}
pub fn not_an_iterator(t: &str) -> String {
    format!("'{}' object is not an iterator", t)
}
pub fn no_len(t: &str) -> String {
    format!("object of type '{}' has no len()", t)
}
pub fn no_attribute(t: &str, name: &str) -> String {
    format!("'{}' object has no attribute '{}'", t, name)
}
pub fn class_no_attribute(t: &str, name: &str) -> String {
    format!("type object '{}' has no attribute '{}'", t, name)
}
pub fn module_no_attribute(m: &str, name: &str) -> String {
    format!("module '{}' has no attribute '{}'", m, name)
}
/// `t` names the sequence (`"list"`); empty for bytes, whose message names none.
pub fn index_out_of_range(t: &str) -> String {
    if t.is_empty() {
        return "index out of range".into();
    }
    format!("{} index out of range", t)
}
pub fn indices_must_be_integers(t: &str, got: &str) -> String {
    format!("{} indices must be integers or slices, not {}", t, got)
}
pub fn unpack_too_few(expected: usize, got: usize) -> String {
    format!(
        "not enough values to unpack (expected {}, got {})",
        expected, got
    )
}
pub fn unpack_too_few_star(expected: usize, got: usize) -> String {
    format!(
        "not enough values to unpack (expected at least {}, got {})",
        expected, got
    )
}
pub fn unpack_too_many(expected: usize) -> String {
    format!("too many values to unpack (expected {})", expected)
}
pub fn cannot_unpack(t: &str) -> String {
    format!("cannot unpack non-iterable {} object", t)
}
pub fn invalid_int_literal(base: u32, text: &str) -> String {
    format!("invalid literal for int() with base {}: {}", base, text)
}
pub fn invalid_float(text: &str) -> String {
    format!("could not convert string to float: {}", text)
}
pub fn unhashable(t: &str) -> String {
    format!("unhashable type: '{}'", t)
}
pub fn missing_args(func: &str, names: &[String], kind: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let plural = if names.len() == 1 { "" } else { "s" };
    format!(
        "{}() missing {} required {} argument{}: {}",
        func,
        names.len(),
        kind,
        plural,
        list
    )
}
pub fn too_many_positional(
    func: &str,
    min: usize,
    max: usize,
    given: usize,
    kw_given: usize,
) -> String {
    let takes = if min == max {
        format!("{}", max)
    } else {
        format!("from {} to {}", min, max)
    };
    let plural = if max == 1 && min == max { "" } else { "s" };
    let was = if given == 1 { "was" } else { "were" };
    if kw_given > 0 {
        let kplural = if kw_given == 1 { "" } else { "s" };
        format!(
            "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
            func,
            takes,
            plural,
            given,
            if given == 1 { "" } else { "s" },
            kw_given,
            kplural
        )
    } else {
        format!(
            "{}() takes {} positional argument{} but {} {} given",
            func, takes, plural, given, was
        )
    }
}
pub fn unexpected_keyword(func: &str, name: &str) -> String {
    format!("{}() got an unexpected keyword argument '{}'", func, name)
}
pub fn multiple_values(func: &str, name: &str) -> String {
    format!("{}() got multiple values for argument '{}'", func, name)
}

/// Assigning to a method name on a builtin value (`"abc".upper = f`).
pub fn attribute_read_only(type_name: &str, name: &str) -> String {
    format!("'{}' object attribute '{}' is read-only", type_name, name)
}

/// `raise X from Y` where `Y` is neither an exception nor None.
pub fn exception_cause_not_exception() -> &'static str {
    "exception causes must derive from BaseException"
}

/// A keyword given twice through `**` unpacking (or a name and `**`).
pub fn multiple_values_for_keyword(func: &str, name: &str) -> String {
    format!(
        "{}() got multiple values for keyword argument '{}'",
        func, name
    )
}
pub fn positional_only_as_keyword(func: &str, names: &[String]) -> String {
    format!(
        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
        func,
        names.join(", ")
    )
}
pub fn division_by_zero() -> String {
    "division by zero".into()
}
pub fn float_division_by_zero() -> String {
    "float division by zero".into()
}
pub fn integer_division_by_zero() -> String {
    "integer division or modulo by zero".into()
}
pub fn float_modulo_by_zero() -> String {
    "float modulo".into()
}
pub fn import_not_allowed(module: &str, authorized: &[String]) -> String {
    let list: Vec<String> = authorized.iter().map(|a| format!("'{}'", a)).collect();
    format!(
        "Import of {} is not allowed. Authorized imports are: [{}]",
        module,
        list.join(", ")
    )
}
pub fn not_available_in_sandbox(name: &str) -> String {
    format!(
        "name '{}' is not defined ('{}' is not available in the codeact sandbox)",
        name, name
    )
}
pub fn tool_rebind(name: &str) -> String {
    format!(
        "Cannot assign to name '{}': doing this would erase the existing tool!",
        name
    )
}
/// OverflowError text when an int does not fit the C type CPython converts to
/// (`"int"`, `"long"`, `"ssize_t"`).
pub fn int_too_large_for_c(ctype: &str) -> String {
    format!("Python int too large to convert to C {}", ctype)
}
pub fn not_acceptable_base(t: &str) -> String {
    format!("type '{}' is not an acceptable base type", t)
}
/// Setting or deleting a data attribute of a builtin value (`del (1).real`).
pub fn attribute_not_writable(name: &str, type_name: &str) -> String {
    format!(
        "attribute '{}' of '{}' objects is not writable",
        name, type_name
    )
}
pub fn invalid_keyword(keyword: &str, function: &str) -> String {
    format!(
        "'{}' is an invalid keyword argument for {}()",
        keyword, function
    )
}
pub fn given_by_name_and_position(function: &str, keyword: &str, position: usize) -> String {
    format!(
        "argument for {}() given by name ('{}') and position ({})",
        function, keyword, position
    )
}
