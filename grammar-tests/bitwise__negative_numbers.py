# === two's complement semantics on negative ints ===
for n in [-1, -2, -5, -128, -(2 ** 70)]:
    print(n, n & 0xFF, n | 1, n ^ -1, ~n, n >> 1, n >> 3, n << 2)

# === masking to fixed widths ===
def to_u8(n):
    return n & 0xFF

def to_i8(n):
    n &= 0xFF
    return n - 256 if n & 0x80 else n

print([to_u8(x) for x in [-1, 255, 256, -129, 1000]])
print([to_i8(x) for x in [127, 128, 255, -1, 200]])

# === shifts of big numbers ===
big = 1 << 100
print(big, big >> 99, big >> 101, (big - 1) >> 90, -big >> 200, big << 0)
print((-1) >> 1000, 1 >> 1000, 0 << 500)

# === bin/hex of negatives ===
for n in [-1, -10, -255, 10]:
    print(bin(n), hex(n), oct(n), format(n, "08b"), format(n & 0xFFFF, "016b"))
