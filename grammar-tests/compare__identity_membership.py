# === is vs == ===
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None, type(None).__name__)

def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None

r = find([5, 6], 5)
print(r, r is None, r == 0, "found" if r is not None else "missing")
r = find([5, 6], 9)
print(r is None)

# === booleans are singletons ===
print((1 < 2) is True, bool([]) is False, not None is True)

# === membership in different containers ===
print(3 in [1, 2, 3], 3 in (1, 2), "b" in {"a": 1, "b": 2}, 1 in {"a": 1}, 2 in {1, 2})
print("ell" in "hello", "" in "", "x" in "", [1] in [[1], [2]], (1, 2) in [(1, 2)])
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))

# === membership uses == ===
print(1.0 in [1, 2], True in [1], 0 in [False], "1" in [1])

class AlwaysEqual:
    def __eq__(self, other):
        return True

print(AlwaysEqual() in [1, 2, 3], 42 in [AlwaysEqual()])

# === not in ===
vowels = "aeiou"
print([c for c in "programming" if c not in vowels])
blocked = {"root", "admin"}
for user in ("guest", "admin"):
    print(user, "allowed" if user not in blocked else "blocked")

# === comparison results are bools ===
results = [1 < 2, 2 < 1, 1 == 1.0, "a" != "a"]
print(results, sum(results), [type(r).__name__ for r in results[:1]])
