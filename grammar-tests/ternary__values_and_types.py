# === branches of different types ===
for flag in (True, False):
    v = [1, 2] if flag else "text"
    print(type(v).__name__, v)

# === truthiness of the condition ===
for cond in (0, 1, "", "x", [], [0], None, 0.0, -0.5):
    print(repr(cond), "->", "truthy" if cond else "falsy")

# === conditional function selection ===
def up(s):
    return s.upper()
def low(s):
    return s.lower()
for s in ["Hello", "WORLD"]:
    print((low if s.isupper() else up)(s))

# === ternary as a default ===
def greet(name=None):
    return "Hello, " + (name if name is not None else "guest")
print(greet(), greet("Ana"), greet(""))

# === conditional in dict/list displays ===
debug = False
config = {"level": "debug" if debug else "info", "handlers": ["console"] + (["file"] if not debug else [])}
print(config)
