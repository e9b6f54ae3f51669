# allow-import: collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterator, Iterable, Sized

# === a read-only Mapping ===
class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

c = Config(host='localhost', port=8080)
print(len(c), c['host'], c.get('port'), c.get('missing', 'default'))
print('host' in c, 'nope' in c, list(c.keys()), list(c.values()), list(c.items()))
print(c == {'host': 'localhost', 'port': 8080}, c == {'host': 'x'}, dict(c))
print(isinstance(c, Mapping), isinstance(c, MutableMapping), isinstance(c, Sized))

# === a MutableMapping with lowercase keys ===
class LowerDict(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

ld = LowerDict()
ld['Name'] = 'Ann'
ld.update({'AGE': 30}, City='Oslo')
print(sorted(ld.items()), ld['NAME'], ld.setdefault('x', 1), ld.setdefault('X', 2))
print(ld.pop('age'), ld.pop('age', 'gone'), len(ld))
try:
    ld.pop('zzz')
except KeyError as e:
    print('KeyError', e)
print(ld.popitem(), len(ld))
ld.clear()
print(len(ld), list(ld))

# === a Sequence ===
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, int):
            if i < 0:
                i += self.n
            if not 0 <= i < self.n:
                raise IndexError('out of range')
            return i * i
        raise TypeError('bad index')

s = Squares(6)
print(list(s), 16 in s, 15 in s, s.index(9), s.count(4), list(reversed(s)))
try:
    s.index(7)
except ValueError:
    print('ValueError from index')

# === a MutableSequence ===
class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)

st = Stack()
st.append(1)
st.extend([2, 3, 4])
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
print(list(st))
st.remove(3)
st += [7, 8]
print(list(st), len(st))
st.clear()
print(list(st))

# === an Iterator subclass gets __iter__ ===
class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), isinstance(Countdown(1), Iterable))
