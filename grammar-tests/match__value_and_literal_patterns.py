class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case _:
            return "unknown"

print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])

# === literal patterns: numbers, strings, None, booleans ===
def lit(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -2:
            return "minus two"
        case "":
            return "empty string"
        case b"raw":
            return "bytes"
        case _:
            return f"other {v!r}"

for v in [None, True, False, 0, 0.0, 1, 1.5, -2, "", b"raw", "x"]:
    print(repr(v), "->", lit(v))

# === True does not match 1 (identity for singletons), but 1 matches 1.0 ===
def one(v):
    match v:
        case 1:
            return "one"
        case _:
            return "not one"
print(one(1), one(1.0), one(True))
