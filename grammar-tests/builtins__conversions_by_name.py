# len(), str(), int() and float() with one argument, on every kind of value,
# and the same names rebound by the program.
print(len("héllo"), len([1, 2]), len({1: 2}), len(range(10)), len(b"ab"), len((1,)))
print(str(12), str(-7), str("x"), str(1.5), str(True), str(None), str([1, "a"]), str(10**25))
print(int("42"), int(" -3 "), int("1_000"), int(7), int(2.9), int(True), int(-2.5), int(10**30))
print(float("1.5"), float(" 2 "), float(3), float(2.5), float(True), float("nan"), float("-inf"))
print(float(10**20), float(2**70), float(-(2**63)), float("1e500"), float("  -0.0"))


class Lengthy:
    def __len__(self):
        return 3

    def __str__(self):
        return "lengthy"

    def __int__(self):
        return 9

    def __float__(self):
        return 1.25


print(len(Lengthy()), str(Lengthy()), int(Lengthy()), float(Lengthy()))

attempts = [
    lambda: len(5),
    lambda: int("x"),
    lambda: int(""),
    lambda: float("y"),
    lambda: int(None),
    lambda: float([]),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: len(iter([])),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def measured():
    return len("abc"), str(5), int("6"), float("7")


print(measured())
len = lambda x: "my len"
str = lambda x: "my str"
print(len("abc"), str(1), measured())
del len, str
print(len("abc"), str(1), measured())

# The callee is looked up before the argument runs.
calls = []


def rebinding():
    global int
    calls.append("arg")
    int = lambda x: "rebound"
    return "5"


print(int(rebinding()), int("8"), calls)
del int
print(int("9"))
