# === evaluating an expression tree with match ===
def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", x):
            return -evaluate(x, env)
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case _:
            raise ValueError(f"bad node {node!r}")

expr = ("let", "x", 5, ("+", ("*", "x", "x"), ("neg", "y")))
print(evaluate(expr, {"y": 3}))
print(evaluate(("if", 0, 1, ("+", 2, 2)), {}))
try:
    evaluate(("%", 1, 2), {})
except ValueError as e:
    print("ValueError:", e)

# === simplifier returning new trees ===
def simplify(node):
    match node:
        case ("+", x, 0) | ("+", 0, x):
            return simplify(x)
        case ("*", x, 1) | ("*", 1, x):
            return simplify(x)
        case ("*", _, 0) | ("*", 0, _):
            return 0
        case (op, a, b):
            return (op, simplify(a), simplify(b))
        case _:
            return node

print(simplify(("+", ("*", "a", 1), ("*", 0, "b"))))
print(simplify(("*", ("+", 0, "z"), ("+", "w", 0))))

# === JSON-like config validation ===
def validate(cfg):
    match cfg:
        case {"version": 1, "servers": [*servers]} if all(isinstance(s, str) for s in servers):
            return f"v1 with {len(servers)} servers"
        case {"version": 2, "servers": [{"host": str(), "port": int()}, *_] as servers}:
            return f"v2 first host {servers[0]['host']}"
        case {"version": v}:
            return f"unsupported version {v}"
        case _:
            return "invalid"

for cfg in [{"version": 1, "servers": ["a", "b"]}, {"version": 1, "servers": ["a", 2]},
            {"version": 2, "servers": [{"host": "h", "port": 80}]}, {"version": 3}, []]:
    print(validate(cfg))
