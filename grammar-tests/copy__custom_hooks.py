# allow-import: copy
import copy

# === __copy__ and __deepcopy__ ===
class Config:
    def __init__(self, data):
        self.data = data
        self.copies = 0
    def __copy__(self):
        new = Config(self.data)
        new.copies = self.copies + 1
        return new
    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.data, memo))
        new.copies = -1
        return new
c = Config({'k': [1]})
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.copies, c1.data is c.data, c2.copies, c2.data is c.data, c2.data)

# === containers of custom objects ===
items = [Config([1]), Config([2])]
deep = copy.deepcopy(items)
print([d.copies for d in deep], deep[0].data is items[0].data)

# === copy of builtins ===
d = {'x': {1, 2}}
print(copy.copy(d) == d, copy.deepcopy(d)['x'] is not d['x'], copy.copy([1, [2]])[1] is not None)
s = {1, 2}
print(copy.copy(s), copy.copy('text'), copy.copy(3.5), copy.deepcopy(frozenset({1})))
