# === lambdas capture variables, not values ===
x = 10
get_x = lambda: x
x = 20
print(get_x())

# === default values are captured at definition ===
y = 1
get_y = lambda y=y: y
y = 2
print(get_y(), get_y(5))

# === building a list of callbacks ===
handlers = {}
for event in ["click", "hover", "key"]:
    handlers[event] = lambda payload, event=event: f"{event}:{payload}"
print([h("p") for h in handlers.values()])

# === lambda returning lambda with closure ===
make_adder = lambda n: (lambda x: x + n)
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))

# === recursion through a name ===
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# === lambdas in sorting with multiple criteria ===
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))

# === lambdas with keyword-only and varargs ===
fmt = lambda *parts, sep="-": sep.join(str(p) for p in parts)
print(fmt(1, 2, 3), fmt("a", "b", sep="+"), fmt())

# === conditional lambda selection ===
op = (lambda a, b: a + b) if True else (lambda a, b: a - b)
print(op(3, 4))
print(list(map(lambda x: x ** 2 if x % 2 else -x, range(6))))
print(list(filter(lambda s: s and s[0].isdigit(), ["1a", "", "b2", "33"])))

# === lambda in a class body ===
class Temp:
    to_f = staticmethod(lambda c: c * 9 / 5 + 32)
    describe = lambda self: f"Temp object with {self.deg}"
    def __init__(self, deg):
        self.deg = deg

print(Temp.to_f(100), Temp(21).describe())
