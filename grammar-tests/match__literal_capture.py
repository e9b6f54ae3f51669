# === literal patterns ===
def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return f"Unknown ({code})"

print([http_status(c) for c in (200, 302, 404, 500, 418)])

# === string, None, True/False literals ===
def describe(value):
    match value:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case "":
            return "empty string"
        case "hello" | "hi":
            return "greeting"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case -1:
            return "minus one"
        case other:
            return f"something else: {other!r}"

for v in (None, True, False, "", "hi", 0, 0.0, 1.5, -1, 1, "bye", [1]):
    print(repr(v), "->", describe(v))

# === capture binds the name ===
match 42:
    case n:
        print("captured", n)
print("n still bound:", n)

# === wildcard does not bind ===
match "ignored":
    case _:
        print("wildcard matched")

# === value patterns via dotted names ===
class Color:
    RED = "red"
    GREEN = "green"

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "caution"

print(paint("red"), paint("green"), paint("amber"))

# === no case matches: nothing happens ===
match 7:
    case 1:
        print("one")
print("fell through without match")
