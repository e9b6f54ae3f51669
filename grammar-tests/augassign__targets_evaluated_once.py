log = []

def key(k):
    log.append(f"key {k}")
    return k

class Store:
    def __init__(self):
        self.data = {"a": 1, "b": [1]}
    def __getitem__(self, k):
        log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"set {k}={v}")
        self.data[k] = v

def store_of(s):
    log.append("store")
    return s

# === subscript target: container and key evaluated once ===
s = Store()
store_of(s)[key("a")] += 10
print(log)
log.clear()

# === mutable value: __setitem__ still called ===
store_of(s)[key("b")] += [2]
print(log, s.data)
log.clear()

# === attribute target ===
class Obj:
    def __init__(self):
        object.__setattr__(self, "n", 0)
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return 100
    def __setattr__(self, name, v):
        log.append(f"setattr {name}={v}")
        object.__setattr__(self, name, v)

o = Obj()
o.n += 1
o.missing += 1
print(log, o.n, o.missing)
log.clear()

# === tuple element that is a list ===
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
t[0].extend([3])
print(t)
