# === rich comparison with reflected fallback ===
log = []

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        log.append(f"eq({self.n},{getattr(other, 'n', other)})")
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented
    def __lt__(self, other):
        log.append(f"lt({self.n},{getattr(other, 'n', other)})")
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented
    def __gt__(self, other):
        log.append(f"gt({self.n},{getattr(other, 'n', other)})")
        if isinstance(other, V):
            return self.n > other.n
        return NotImplemented

a, b = V(1), V(2)
print(a < b, a > b, b < a, a == V(1), a != b)
print(log)
log.clear()

# === comparing with an int uses reflection then identity ===
print(a == 1, 1 == a, a != 1)
print(log)
log.clear()
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(log)
log.clear()

# === chained comparisons call each operator once ===
def val(x):
    log.append(x)
    return x

print(val(1) < val(2) < val(3), log)
log.clear()
print(val(3) < val(2) < val(5), log)
log.clear()

# === sorting uses __lt__ only ===
items = [V(3), V(1), V(2)]
print([v.n for v in sorted(items)], max(items).n, min(items).n)
print(sorted(log)[:3], len(log) > 0)

# === __eq__ returning non-bool ===
class Weird:
    def __eq__(self, other):
        return "yes"
print(Weird() == 1, Weird() != 1, bool(Weird() == 0))
