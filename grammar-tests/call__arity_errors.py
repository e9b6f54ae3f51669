def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

def h():
    return None

class Greeter:
    def greet(self, name):
        return "hi " + name

attempts = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, z=3)", lambda: f(1, 2, z=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3, c=0)),
    ("g()", lambda: g()),
    ("h(1)", lambda: h(1)),
    ("h(x=1)", lambda: h(x=1)),
    ("Greeter().greet()", lambda: Greeter().greet()),
    ("Greeter().greet('a', 'b')", lambda: Greeter().greet("a", "b")),
    ("lambda arity", lambda: (lambda x: x)()),
]

# === each bad call reports a precise message ===
for label, thunk in attempts:
    try:
        thunk()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", e)

# === missing several arguments ===
def three(x, y, z):
    pass

try:
    three()
except TypeError as e:
    print(e)
try:
    three(1)
except TypeError as e:
    print(e)

def kws(*, alpha, beta):
    pass

try:
    kws()
except TypeError as e:
    print(e)
try:
    kws(alpha=1)
except TypeError as e:
    print(e)
