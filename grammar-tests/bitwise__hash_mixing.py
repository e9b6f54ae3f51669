# === a simple deterministic string hash (FNV-1a, 32-bit) ===
def fnv1a(text):
    h = 0x811C9DC5
    for ch in text.encode("utf-8"):
        h ^= ch
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h

for w in ["", "a", "hello", "Hello", "héllo"]:
    print(repr(w), fnv1a(w), hex(fnv1a(w)))

# === rotate left/right on 32 bits ===
def rotl(x, n):
    n %= 32
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF

def rotr(x, n):
    return rotl(x, 32 - n % 32)

v = 0x12345678
print(hex(rotl(v, 4)), hex(rotr(v, 4)), hex(rotl(v, 32)), rotr(rotl(v, 13), 13) == v)

# === xorshift PRNG ===
def xorshift(seed, count):
    x = seed
    out = []
    for _ in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out.append(x % 100)
    return out

print(xorshift(2463534242, 10))

# === parity via xor fold ===
def parity(n):
    p = 0
    while n:
        p ^= n & 1
        n >>= 1
    return p

print([parity(n) for n in range(16)])
