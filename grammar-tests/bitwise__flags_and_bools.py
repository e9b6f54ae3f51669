# === permission flags ===
READ, WRITE, EXEC = 4, 2, 1

def describe(mode):
    return "".join(ch if mode & bit else "-" for ch, bit in zip("rwx", (READ, WRITE, EXEC)))

for mode in [0, 7, 6, 5, 4, 1]:
    print(mode, describe(mode))

perm = READ | WRITE
perm |= EXEC
perm &= ~WRITE
perm ^= READ
print(perm, describe(perm))

# === bools in bitwise ops stay bool ===
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, False | 4, True ^ 2, ~True, ~False)

# === precedence between & | ^ and comparisons ===
x = 6
print(x & 1 == 0, (x & 1) == 0, x | 1 == 7, (x | 1) == 7)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 | (2 ^ (3 & 4)))

# === pack and unpack rgb ===
def pack(r, g, b):
    return (r << 16) | (g << 8) | b

def unpack(c):
    return (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF

c = pack(18, 52, 86)
print(c, hex(c), unpack(c), f"#{c:06x}")
