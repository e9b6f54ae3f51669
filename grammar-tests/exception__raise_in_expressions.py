# === raising from helper functions used in expressions ===
def require(value, name):
    if value is None:
        raise ValueError(f"{name} is required")
    return value

def build(cfg):
    return {
        "host": require(cfg.get("host"), "host"),
        "port": int(require(cfg.get("port"), "port")),
    }

for cfg in [{"host": "h", "port": "80"}, {"host": "h"}, {"port": 1}, {"host": "h", "port": "x"}]:
    try:
        print(build(cfg))
    except ValueError as e:
        print("ValueError:", e)

# === exceptions inside comprehensions and lambdas ===
safe = []
for s in ["1", "2", "x", "4"]:
    try:
        safe.append(int(s))
    except ValueError:
        safe.append(None)
print(safe)
try:
    print([int(s) for s in ["1", "x"]])
except ValueError as e:
    print("ValueError:", e)

# === exception in a default argument at definition time ===
try:
    def f(x=1 / 0):
        return x
except ZeroDivisionError as e:
    print("at def time:", e)

# === exception during argument evaluation leaves function uncalled ===
called = []
def g(a, b):
    called.append((a, b))
try:
    g(1, [][0])
except IndexError as e:
    print("IndexError:", e, called)
