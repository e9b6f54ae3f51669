class Foo:
    def __init__(self):
        self.value = 1

    def method(self):
        return "method"

f = Foo()

def show(thunk):
    try:
        print("ok:", thunk())
    except AttributeError as e:
        print("AttributeError:", e)

# === instance, class and builtin attribute misses ===
show(lambda: f.bar)
show(lambda: Foo.bar)
show(lambda: f.method())
show(lambda: (5).foo)
show(lambda: "text".push("x"))
show(lambda: [1, 2].push(3))
show(lambda: {"a": 1}.a)
show(lambda: None.split())
show(lambda: (1, 2).append(3))
show(lambda: 3.5.upper())
show(lambda: True.name)

# === a method name typo ===
words = ["a", "b"]
try:
    words.add("c")
except AttributeError as e:
    print("AttributeError:", e)

# === attribute missing after del ===
g = Foo()
del g.value
show(lambda: g.value)

# === getattr with and without default ===
print(getattr(f, "value"), getattr(f, "missing", "fallback"))
try:
    getattr(f, "missing")
except AttributeError as e:
    print("AttributeError:", e)

# === setting attributes on builtins fails ===
try:
    (5).new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)

# === hasattr swallows AttributeError ===
print(hasattr(f, "value"), hasattr(f, "nope"), hasattr([], "append"), hasattr(None, "x"))
