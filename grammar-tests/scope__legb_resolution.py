# === local, enclosing, global, builtin lookup order ===
name = "global"
def enclosing():
    name = "enclosing"
    def local():
        name = "local"
        return name
    def from_enclosing():
        return name
    return local(), from_enclosing()

def from_global():
    return name

print(enclosing(), from_global(), len("builtin still works"))

# === shadowing a builtin at module level and restoring it ===
print(max(3, 7))
max = lambda *a: "shadowed"
print(max(3, 7))
del max
print(max(3, 7))

# === shadowing a builtin locally ===
def local_sum(values):
    sum = 0
    for v in values:
        sum += v
    return sum
print(local_sum([1, 2, 3]), sum([1, 2, 3]))

# === class scope is skipped by methods ===
y = "global y"
class C:
    y = "class y"
    def method(self):
        return y
    def via_self(self):
        return self.y
print(C().method(), C().via_self())

# === name resolved at call time, not at definition ===
def later():
    return undefined_yet
try:
    later()
except NameError as e:
    print("NameError:", e)
undefined_yet = "now defined"
print(later())
