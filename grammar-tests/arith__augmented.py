# === every augmented operator on ints ===
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b111100; print(x)
x |= 1; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)

# === strings and lists ===
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)

# === augmented on subscripts and attributes ===
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] -= 5
print(grid)

class Box:
    pass

b = Box()
b.n = 1
b.n *= 9
print(b.n)
