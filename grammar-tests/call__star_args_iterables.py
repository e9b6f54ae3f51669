def f(*args):
    return args

# === any iterable can follow * ===
print(f(*"abc"))
print(f(*range(3), *[9]))
print(f(*{"k1": 1, "k2": 2}))
print(f(*(x * x for x in range(4))))
print(f(*{3}, *()))
print(f(*zip("ab", "xy")))
print(f(*enumerate("pq")))
print(f(*map(str.upper, ["a", "b"])))

# === ** requires a mapping with string keys ===
def g(**kw):
    return sorted(kw.items())

class Mapping:
    def keys(self):
        return ["one", "two"]
    def __getitem__(self, key):
        return len(key)

print(g(**Mapping()))
try:
    g(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)

# === generators consumed by star only once ===
gen = (i for i in range(3))
print(f(*gen), f(*gen))

# === star unpacking into print ===
rows = [["a", 1], ["b", 2]]
for row in rows:
    print(*row, sep=" = ")
print(*[1, 2, 3])
print(*"xyz", sep="")
