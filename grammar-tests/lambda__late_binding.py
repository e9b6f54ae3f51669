# === lambdas in a loop see the final value ===
fns = [lambda: i for i in range(3)]
print([f() for f in fns])

# === capture with default argument ===
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

# === capture with a factory ===
def make(i):
    return lambda: i
fns = [make(i) for i in range(3)]
print([f() for f in fns])

# === loop variable rebinding after creation ===
callbacks = {}
for name in ["a", "b"]:
    callbacks[name] = lambda: name
name = "changed"
print(callbacks["a"](), callbacks["b"]())

# === lambda referencing global resolved at call time ===
factor = 2
scale = lambda x: x * factor
print(scale(5))
factor = 10
print(scale(5))

# === closures over mutable objects ===
state = {"count": 0}
bump = lambda: state.update(count=state["count"] + 1) or state["count"]
print(bump(), bump(), state)
