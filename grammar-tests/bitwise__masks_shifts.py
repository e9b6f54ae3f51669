# === packing and unpacking RGB ===
def pack(r, g, b):
    return (r << 16) | (g << 8) | b

def unpack(color):
    return (color >> 16) & 0xFF, (color >> 8) & 0xFF, color & 0xFF

c = pack(255, 128, 7)
print(c, hex(c), unpack(c), f"#{c:06x}", f"#{pack(0, 0, 15):06X}")

# === setting, clearing, toggling bits ===
x = 0
for bit in (0, 3, 5):
    x |= 1 << bit
print(bin(x))
x &= ~(1 << 3)
print(bin(x))
x ^= 0b11
print(bin(x), x >> 1 & 1, (x >> 5) & 1)

# === bit length by shifting ===
def bit_length(n):
    n = abs(n)
    count = 0
    while n:
        n >>= 1
        count += 1
    return count

print([bit_length(n) for n in (0, 1, 2, 255, 256, -8, 2 ** 100)])

# === power of two checks and rounding up ===
def next_pow2(n):
    p = 1
    while p < n:
        p <<= 1
    return p

print([next_pow2(n) for n in (1, 3, 8, 9, 1000)])
print([(n, n & (n - 1) == 0) for n in (1, 6, 16, 31, 64)])

# === xor tricks ===
a, b = 12, 25
a ^= b
b ^= a
a ^= b
print(a, b)
nums = [4, 1, 2, 1, 2]
single = 0
for n in nums:
    single ^= n
print(single)

# === gray code ===
print([i ^ (i >> 1) for i in range(8)])
print([f"{i ^ (i >> 1):03b}" for i in range(8)])

# === negative numbers and masks ===
print(-1 & 0xFFFFFFFF, (-1 & 0xFFFFFFFF) >> 28, -(2 ** 31) & 0xFFFFFFFF)
def to_signed32(u):
    return u - (1 << 32) if u & (1 << 31) else u
print(to_signed32(0xFFFFFFFF), to_signed32(0x7FFFFFFF), to_signed32(0x80000000))
print(~0xF0 & 0xFF, -5 >> 1, -5 // 2, 5 >> 1)
