# === next() drives generators ===
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
g = countdown(3)
print(next(g), next(g), next(g), next(g, "done"), next(g, "still done"))
g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)

# === first match with a default ===
users = [{"name": "ann", "admin": False}, {"name": "bob", "admin": True}, {"name": "cy", "admin": True}]
print(next((u["name"] for u in users if u["admin"]), None), next((u for u in users if u["name"] == "zed"), "nobody"))

# === peeking at the head of an iterator ===
it = iter(range(5))
head = next(it)
print(head, list(it))

# === errors ===
for bad in [[1], "abc", 5, None]:
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
