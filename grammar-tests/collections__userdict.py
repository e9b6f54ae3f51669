# allow-import: collections
from collections import UserDict

# === behaves like a dict ===
d = UserDict({'a': 1}, b=2)
d['c'] = 3
del d['a']
print(d, len(d), 'b' in d, d['b'], d.get('x', 0), sorted(d), d.data)
print(d == {'b': 2, 'c': 3}, dict(d), list(d.items()), d.pop('b'), d)

# === subclass with key normalisation ===
class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

h = CaseInsensitive({'Content-Type': 'json'})
h.update({'ACCEPT': '*/*'})
h['X-Id'] = 7
print(h, h['content-type'], 'Accept' in h, h.setdefault('x-ID', 0), sorted(h.keys()))

# === __missing__ ===
class Defaulting(UserDict):
    def __missing__(self, key):
        return f'<{key}>'
dd = Defaulting(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('zz', 'dflt'))

# === copy and merge ===
c = h.copy()
c['new'] = 1
print(type(c).__name__, 'new' in h, len(c))
m = UserDict(a=1) | {'b': 2}
print(m, type(m).__name__, {'z': 0} | UserDict(y=1))
m |= {'a': 10}
print(m)

# === errors ===
try:
    UserDict()['missing']
except KeyError as e:
    print('KeyError', e)
