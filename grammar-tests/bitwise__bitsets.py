# === bitset of small integers ===
def to_bits(items):
    mask = 0
    for i in items:
        mask |= 1 << i
    return mask

def from_bits(mask):
    out = []
    i = 0
    while mask:
        if mask & 1:
            out.append(i)
        mask >>= 1
        i += 1
    return out

a = to_bits([1, 3, 5, 7, 9])
b = to_bits([3, 4, 5, 6])
print(bin(a), bin(b))
print("union", from_bits(a | b))
print("inter", from_bits(a & b))
print("diff", from_bits(a & ~b))
print("sym", from_bits(a ^ b))

# === popcount and lowest set bit ===
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

for n in [0, 1, 7, 8, 255, 2 ** 64 - 1, 0b101010]:
    print(n, popcount(n), bin(n).count("1"), n & -n, (n & -n).bit_length() - 1 if n else None)

# === enumerate all subsets ===
items = ["x", "y", "z"]
for mask in range(1 << len(items)):
    print(mask, [items[i] for i in range(len(items)) if mask >> i & 1])

# === gray code ===
print([i ^ (i >> 1) for i in range(16)])
print([format(i ^ (i >> 1), "04b") for i in range(8)])
