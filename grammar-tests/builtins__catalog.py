# === numbers ===
print(abs(-3), abs(-2.5), divmod(7, -2), divmod(-7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 7))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(0.5), type(round(2.5)).__name__)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99), int("  7 "), float("1e3"), float("-inf"), float(" 2.5 "))
print(bin(10), oct(8), hex(255), hex(-1), chr(65), ord("a"), ord("€"), bool(0), bool([0]), bool(""), bool("0"))
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
# === iteration helpers ===
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda v: v % 2, range(6))), any([]), all([]), any(x > 2 for x in [1, 3]), sum([0.1] * 10), sum([[1], [2]], []))
print(min(3, 1, 2), max([4, 9, 2]), min([], default="none"), max("abc"), min([(2, "b"), (1, "z")]), sum(range(101)), sorted({3: 1, 1: 2}))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
# === objects ===
class P:
    x = 1
p = P()
setattr(p, "y", 2)
print(getattr(p, "x"), getattr(p, "y"), getattr(p, "z", None), hasattr(p, "y"), hasattr(p, "z"), isinstance(p, P), isinstance(3, (str, int)), issubclass(bool, int))
print(type(3).__name__, type("s") is str, type(None).__name__, callable(len), callable(3), isinstance(True, int), repr(None), str(3.0), repr("it's"))
print(len(range(0, 10, 3)), list(range(10, 0, -3)), range(5)[-1], 3 in range(0, 10, 3), range(0, 10, 3).index(6), list(range(5)[1:4]))
print(hash(1) == hash(1.0), hash(-1), hash(True), format(1234.5, ",.1f"), format(42, "08b"), format("x", "^5"), ascii("é"))
print(sorted([3, 1, 2], key=lambda v: -v), list(reversed(range(3))), tuple(sorted({"b": 1, "a": 2}.items())))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], str(b"ab"), bytes([104, 105]), b"hi".decode(), list(b"ab"), b"ab" + b"c")
