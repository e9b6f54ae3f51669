log = []

def rec(tag, value):
    log.append(tag)
    return value

# === evaluation order inside a comprehension ===
out = [rec(f"expr {x}", x * 2) for x in rec("iter", [1, 2, 3]) if rec(f"cond {x}", x != 2)]
print(out)
print(log)
log.clear()

# === dict comprehension evaluates key before value ===
d = {rec(f"k{i}", i): rec(f"v{i}", i * i) for i in range(2)}
print(d, log)
log.clear()

# === exception inside comprehension propagates ===
try:
    [1 // (x - 2) for x in range(4)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# === comprehension over a list being appended to is bounded by the snapshot? no ===
data = [1, 2, 3]
copy = [x for x in data]
data.append(4)
print(copy, data)

# === generator vs list comprehension laziness ===
gen = (rec(f"g{x}", x) for x in range(3))
print(log)
print(next(gen), log)
print(list(gen), log)
