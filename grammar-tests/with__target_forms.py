class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False

# === unpacking target ===
with Pair() as (a, (b, c)):
    print(a, b, c)

# === attribute and subscript targets ===
class Holder:
    pass
h = Holder()
d = {}
with Pair() as h.value:
    pass
with Pair() as d["key"]:
    pass
print(h.value, d)

# === target variable survives the block ===
with Pair() as result:
    pass
print(result)

# === starred target ===
with Pair() as (first, *rest):
    print(first, rest)

# === manager expression evaluated once, before body ===
calls = []
def make():
    calls.append("make")
    return Pair()
with make() as p:
    calls.append("body")
print(calls)
