# allow-import: collections
from collections import OrderedDict

# === order and move_to_end ===
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od))
od.move_to_end('b', last=False)
print(''.join(od))

# === popitem both ends ===
print(od.popitem(), od.popitem(last=False), list(od))

# === equality is order sensitive with OrderedDict ===
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x == dict(y), dict(x) == dict(y))

# === repr ===
print(x, OrderedDict())

# === LRU cache built on OrderedDict ===
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(list(cache.data.items()))

# === errors ===
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
