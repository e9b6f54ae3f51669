# === append / extend / insert ===
a = [1, 2]
a.append(3)
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
a.insert(-100, "front")
print(a)

# === pop / remove / clear ===
b = list(range(6))
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(2)
print(b)
b.clear()
print(b, len(b))

# === aliasing ===
x = [1, 2]
y = x
y.append(3)
z = x.copy()
z.append(4)
print(x, y, z, x is y, x is z)
x.extend(x)
print(x)

# === errors ===
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].insert(1), lambda: [1].append(1, 2), lambda: [1].extend(5), lambda: [1].pop("0"), lambda: [1].insert("a", 1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
