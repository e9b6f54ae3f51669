# === None and singleton identity ===
x = None
print(x is None, x is not None, x == None)
print(True is True, (1 == 1) is True, bool([]) is False)

# === equality of containers, identity differs ===
a = [1, [2, 3]]
b = [1, [2, 3]]
c = a
print(a == b, a is b, a is c, a[1] == b[1], a[1] is b[1])
c.append(4)
print(a, b, a == b)

# === copies ===
d = a[:]
print(d == a, d is a, d[1] is a[1])
e = list(a)
e[1] = e[1][:]
print(e[1] is a[1], e == a)

# === in uses identity then equality ===
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n in [n], n in [Never()], [n] == [n], (n,) == (n,))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])

# === not in, is not precedence ===
print(1 not in [2, 3], not 1 in [2, 3], (not 1) in [False])
print(None is not False, not None is False)

# === dict keys, equal hash ===
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
