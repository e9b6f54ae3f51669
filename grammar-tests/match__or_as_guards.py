def classify(n):
    match n:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int() as big if big > 1000:
            return f"big {big}"
        case int(x) if x % 2 == 0:
            return f"even {x}"
        case int(x):
            return f"odd {x}"
        case (int() | float()) as number:
            return f"float {number}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case [int() as a, int() as b] | (int() as a, int() as b):
            return f"int pair {a}+{b}={a + b}"
        case _:
            return "something else"

for v in [0, 2, 5000, 14, 7, 2.5, "s", b"b", [1, 2], (3, 4), [1, "x"]]:
    print(repr(v), "->", classify(v))

# === guard sees the bindings, and side effects happen in order ===
log = []
def check(v):
    log.append(v)
    return v > 2

for value in [(1, 5), (3, 1)]:
    match value:
        case (a, b) if check(a):
            print("first guard", a, b)
        case (a, b) if check(b):
            print("second guard", a, b)
print(log)

# === capture in or-pattern alternatives must bind the same names ===
match ("x", 1):
    case ("x", n) | ("y", n):
        print("matched n =", n)
