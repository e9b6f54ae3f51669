# === evaluate a tiny expression tree made of tuples ===
def evaluate(node, env):
    match node:
        case int() | float() as number:
            return number
        case str(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("-", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("/", left, right):
            divisor = evaluate(right, env)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(left, env) / divisor
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case _:
            raise ValueError(f"malformed node: {node!r}")

# === pretty printer using the same patterns ===
def show(node):
    match node:
        case ("neg", x):
            return f"-{show(x)}"
        case (("+" | "-" | "*" | "/") as op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case ("let", name, value, body):
            return f"let {name} = {show(value)} in {show(body)}"
        case ("if", c, t, e):
            return f"if {show(c)} then {show(t)} else {show(e)}"
        case ("sum", *terms):
            return "sum(" + ", ".join(show(t) for t in terms) + ")"
        case _:
            return str(node)

programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("*", "x", ("neg", "x"))),
    ("if", ("-", "a", 3), "a", 0),
    ("sum", 1, 2.5, ("neg", 1), "a"),
    ("/", 10, ("-", 4, 4)),
    ("/", 7, 2),
    ("pow", 2, 3),
    ("+", "missing", 1),
]
for prog in programs:
    try:
        print(f"{show(prog)} => {evaluate(prog, {'a': 3})}")
    except (ValueError, ZeroDivisionError, NameError) as e:
        print(f"{show(prog)} => {type(e).__name__}: {e}")
