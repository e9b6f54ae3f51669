# allow-import: collections
# `%` formatting with objects: str's own `%` comes before the right
# operand's dunders, and any mapping serves `%(key)s` (found while writing
# a regression program for tests/props.rs findings).
from collections import OrderedDict, defaultdict, Counter

class P:
    def __str__(self):
        return "P!"
    def __repr__(self):
        return "<P>"

class Keys:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return k * 2

class Upper:
    def __getitem__(self, k):
        return k.upper()

class Reflected:
    def __rmod__(self, other):
        return "rmod"

e = ValueError("bad")
print("err: %s" % e, "%r" % e, "%s|%r" % (P(), P()), "%s" % P())
print("%(a)s" % Keys(), "%(hi)s and %(there)s" % Upper(), "%s" % Upper().__class__.__name__)
print("%s" % Reflected().__class__.__name__, "%d" % True)
print("%(a)s-%(b)d" % OrderedDict(a=1, b=2), "%(x)s" % defaultdict(int), "%(k)s" % Counter(k=3))
try:
    "%(a)s" % [1]
except TypeError as err:
    print("TypeError:", err)
print(repr("" % [1]), repr("%s" % [1, 2]), repr("" % range(3)), repr("%s" % b"x"))
try:
    "" % 5
except TypeError as err:
    print("TypeError:", err)
