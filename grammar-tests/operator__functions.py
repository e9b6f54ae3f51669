# allow-import: operator, functools
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

# === arithmetic and comparison functions ===
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(3, 4), operator.gt(4, 3))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.getitem({"k": 1}, "k"), operator.getitem("hello", slice(1, 3)), operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd(lst, [4]), lst, operator.iadd(1, 2), operator.imul([0], 3))
print(operator.call(max, 3, 8, 1))
print(reduce(operator.mul, [1, 2, 3, 4]), list(map(operator.sub, [10, 20], [1, 2])), sorted([3, 1], key=operator.neg))

# === itemgetter ===
rows = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 35, "nyc")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1, 0)([1, 2, 3]), itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(slice(2))("hello"))
print(list(map(itemgetter("name"), [{"name": "x"}, {"name": "y"}])), repr(itemgetter(1, "a")))
inventory = {"apple": 3, "pear": 0, "fig": 7}
print(max(inventory.items(), key=itemgetter(1)), sorted(inventory.items(), key=itemgetter(1), reverse=True))

# === attrgetter ===
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x},{self.y})"
class Box:
    def __init__(self, name, corner):
        self.name, self.corner = name, corner
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter("x")), sorted(pts, key=attrgetter("y", "x")), attrgetter("x", "y")(pts[0]))
boxes = [Box("b", Point(5, 5)), Box("a", Point(0, 9))]
print([b.name for b in sorted(boxes, key=attrgetter("corner.x"))], attrgetter("corner.y")(boxes[0]), repr(attrgetter("a.b", "c")))
print(attrgetter("real", "imag")(3), attrgetter("__class__.__name__")(1.5))

# === methodcaller ===
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))
print(list(map(methodcaller("strip", "*"), ["*x*", "**y"])), methodcaller("get", "k", 0)({}), repr(methodcaller("split", ",", maxsplit=1)))
print(sorted(["Bob", "alice", "Carl"], key=methodcaller("lower")))

# === errors ===
for thunk in [
    lambda: operator.add(1),
    lambda: operator.neg(),
    lambda: operator.index(1.5),
    lambda: operator.concat(1, 2),
    lambda: operator.indexOf([1], 5),
    lambda: operator.lt(1, "a"),
    lambda: operator.truediv(1, 0),
    lambda: operator.contains(1, 1),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter(),
    lambda: attrgetter("nope")(1),
    lambda: attrgetter(1),
    lambda: attrgetter(),
    lambda: methodcaller(1),
    lambda: methodcaller(),
    lambda: methodcaller("nope")(1),
    lambda: itemgetter(0)(),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
