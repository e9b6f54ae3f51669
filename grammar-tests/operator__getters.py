# allow-import: operator
import operator
from operator import itemgetter, attrgetter, methodcaller

# === itemgetter ===
rows = [('ann', 31, 'oslo'), ('bob', 25, 'rome'), ('cy', 31, 'nyc')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)('xyz'), itemgetter(-1, 0)('xyz'), itemgetter(slice(1, 3))('abcd'), itemgetter('k')({'k': 5}))

# === attrgetter ===
class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
class A:
    def __init__(self, city):
        self.city = city
ps = [P('ann', A('oslo')), P('bob', A('bergen'))]
print([attrgetter('name')(p) for p in ps], [attrgetter('addr.city')(p) for p in ps], attrgetter('name', 'addr.city')(ps[0]))
print([p.name for p in sorted(ps, key=attrgetter('addr.city'))])

# === methodcaller ===
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'o', 1)('banana'))
print(list(map(methodcaller('strip'), [' x ', 'y '])))

# === reprs ===
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x.y'), methodcaller('f', 1, k=2))

# === errors ===
for f in [lambda: itemgetter(5)([1]), lambda: attrgetter('nope')(ps[0]), lambda: itemgetter(), lambda: attrgetter(1)]:
    try:
        f()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
