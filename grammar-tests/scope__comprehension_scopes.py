# === comprehension has its own scope ===
i = "module i"
result = [i for i in range(3)]
print(result, i)

# === the first iterable is evaluated in the enclosing scope ===
def f():
    data = [1, 2, 3]
    return [x * 2 for x in data]
print(f())

# === walrus in comprehension binds in enclosing scope ===
values = [3, 8, 1, 9]
if any((big := v) > 5 for v in values):
    print("first big value", big)
totals = [running := 0] + [running := running + v for v in values]
print(totals, running)

# === nested comprehension variables ===
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
try:
    print(a)
except NameError as e:
    print("NameError:", e)

# === generator expressions bind late ===
n = 10
gen = (x + n for x in range(3))
n = 100
print(list(gen))

# === dict and set comprehension scopes ===
k = "k outer"
d = {k: len(k) for k in ["aa", "b"]}
s = {k.upper() for k in "abc"}
print(d, sorted(s), k)
