# Conditions that are a single comparison: the truth of what the comparison
# returns, asked once, with every operator and operand kind.


class Loud:
    """A truth value that announces each time it is asked."""

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool asked ->", self.v)
        return self.v


class Cmp:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("  Cmp.__eq__", self.n)
        return Loud(isinstance(other, Cmp) and other.n == self.n)

    def __lt__(self, other):
        return Loud(self.n < other.n)

    def __hash__(self):
        return self.n


class SubCmp(Cmp):
    def __eq__(self, other):
        print("  SubCmp.__eq__", self.n)
        return NotImplemented


class Bag:
    def __contains__(self, item):
        print("  contains", item)
        return item % 2  # an int: its truth is used


class Broken:
    def __bool__(self):
        raise ValueError("no truth here")


class Odd:
    def __lt__(self, other):
        return Broken()


a, b = Cmp(1), Cmp(1)
if a == b:
    print("equal")
if a != Cmp(2):
    print("not equal")
if Cmp(1) == SubCmp(1):
    print("reflected first")
if not (a < Cmp(0)):
    print("not less")
bag = Bag()
for x in (1, 2):
    if x in bag:
        print(x, "in bag")
    if x not in bag:
        print(x, "not in bag")
try:
    if Odd() < 1:
        print("unreachable")
except ValueError as e:
    print("ValueError", e)

d = {"k": None, 1: "one"}
key = "k"
if key in d:
    print("key in d")
if d[key] is None:
    print("value is None")
if d.get("missing") is not None:
    print("unreachable")
if 1.0 in d and True in d:
    print("1.0 and True find 1")
nan = float("nan")
if nan == nan:
    print("unreachable")
if nan != nan:
    print("nan != nan")
if [nan] == [nan]:
    print("identical items are equal")
xs = [3, "a", (1, 2)]
if (1, 2) in xs and "b" not in xs:
    print("tuple in list")
if "ell" in "hello" and "x" not in "hello":
    print("substring")
try:
    if 1 in 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    if "a" < 1:
        pass
except TypeError as e:
    print("TypeError", e)
n = 0
while n != 3:
    n += 1
print("n", n)
print([v for v in (None, 0, "", "x") if v is not None])
print([k for k in ("a", "b", "k") if k in d])
