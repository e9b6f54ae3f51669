# === builtins and literals ===
print(callable(len), callable(print), callable(int), callable(str.upper), callable("x".upper))
print(callable(3), callable("len"), callable(None), callable([]), callable(lambda: 0))

# === classes and instances ===
class Plain:
    def method(self):
        return 1
class WithCall:
    def __call__(self, x):
        return x * 2
print(callable(Plain), callable(Plain()), callable(WithCall()), callable(Plain().method), callable(Plain.method))
print(WithCall()(21))

# === generators and dispatch ===
def gen():
    yield 1
print(callable(gen), callable(gen()))
handlers = {"double": lambda x: x * 2, "name": "not a function", "neg": WithCall()}
for key, h in handlers.items():
    print(key, h(5) if callable(h) else f"skip {h!r}")

# === errors ===
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
