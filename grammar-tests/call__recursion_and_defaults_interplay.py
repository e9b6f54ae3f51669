# === default argument used as accumulator in recursion ===
def collect(n, acc=None):
    if acc is None:
        acc = []
    if n == 0:
        return acc
    acc.append(n)
    return collect(n - 1, acc)

print(collect(5), collect(3))

# === passing functions as arguments and calling them with kwargs ===
def apply(fn, *args, times=1, **kwargs):
    result = None
    for _ in range(times):
        result = fn(*args, **kwargs)
    return result

calls = []
def record(x, tag="t"):
    calls.append((x, tag))
    return len(calls)

print(apply(record, 1), apply(record, 2, times=3, tag="z"), calls)

# === calling through getattr and method references ===
class Calc:
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b

c = Calc()
for op in ("add", "mul"):
    print(op, getattr(c, op)(6, 7), getattr(Calc, op)(c, 2, 3))

# === calling the result of a call ===
def make_adder(n):
    return lambda x: x + n

print(make_adder(1)(2), make_adder(10)(make_adder(5)(0)))
chain = [make_adder(i) for i in range(1, 4)]
v = 0
for fn in chain:
    v = fn(v)
print(v)
