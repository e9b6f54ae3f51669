# === del makes a local unbound ===
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(f())

# === del of a never-assigned local ===
def g():
    try:
        del missing
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
    return "?"
print(g())

# === del in a loop body, rebinding later ===
def h():
    out = []
    for i in range(3):
        tmp = i * 10
        out.append(tmp)
        del tmp
    tmp = "rebound"
    return out, tmp
print(h())

# === del global from function ===
counter = 5
def drop():
    global counter
    del counter
drop()
print("counter" in dir())

# === __delitem__ on custom container ===
class Store:
    def __init__(self):
        self.data = {"k1": 1, "k2": 2}
    def __delitem__(self, key):
        print("  deleting", key)
        del self.data[key]
s = Store()
del s["k1"]
print(s.data)
try:
    del s["nope"]
except KeyError as e:
    print("KeyError:", e)
