# object's slots used unbound: object.__eq__(a, b), __hash__ = object.__hash__,
# object.__ne__ inverting the receiver's own __eq__.
class P:
    def __init__(self, x):
        object.__init__(self)
        self.x = x
    __hash__ = object.__hash__
    def __eq__(self, other):
        return object.__eq__(self, other)
    def __repr__(self):
        return "P" + object.__repr__(self)[:9]
p = P(1)
print(p == p, p == P(1), p != p, object.__ne__(p, 1), p in {p}, hash(p) == object.__hash__(p))
print(object.__str__(3), object.__format__(3, ""), object.__lt__(1, 2), object.__eq__(1, 1), object.__eq__(1, 2))
print(repr(p)[:10])
try:
    object.__eq__()
except TypeError as e:
    print("TypeError", e)


class Q:
    def __eq__(self, other):
        return isinstance(other, Q)

    __hash__ = object.__hash__


class R(Q):
    def __ne__(self, other):
        return super().__ne__(other)


a, b = Q(), Q()
print(a == b, a != b, object.__ne__(a, b), object.__ne__(a, 1), len({a, b}), R() != R(), R() != 1)
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(3, 3), object.__ne__(3, 4))
for bad in (lambda: object.__hash__(), lambda: object.__ne__(a)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
