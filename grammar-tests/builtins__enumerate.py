# === basics ===
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([])))
print(list(enumerate(range(3), 10**20)), dict(enumerate("xy")))

# === laziness and iterator protocol ===
e = enumerate(x * x for x in range(4))
print(next(e), next(e), list(e), list(e))
it = iter(enumerate("ab"))
print(it is iter(it), type(enumerate("")).__name__)

# === numbered report ===
tasks = ["write", "test", "ship"]
for i, t in enumerate(tasks, start=1):
    print(f"{i}. {t}")
lines = ["ok", "", "fail", "ok", ""]
print([i for i, line in enumerate(lines) if not line])
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]))

# === errors ===
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)
