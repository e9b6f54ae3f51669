# Keys and items views compare like sets; values views do not (found by
# the property tests' revalued grammar programs).
d = {"k": 1, 3: 2}
print(d.keys() < {"k", 3, 9}, d.keys() <= {"k", 3}, {"k"} < d.keys(), d.keys() >= {3})
print(d.items() <= {("k", 1), (3, 2)}, d.keys() > d.keys(), d.keys() == {"k", 3})
print(frozenset({3}) <= d.keys(), d.items() > {("k", 1)}, d.keys() >= d.keys())
try:
    print(d.values() < {1})
except TypeError as e:
    print("TypeError:", e)
