# === and or xor not ===
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))

# === shifts ===
print(1 << 0, 1 << 10, 1 << 64, 1024 >> 3, 7 >> 1, 5 >> 10)
print(-16 >> 2, -1 >> 5, -17 >> 1, -5 << 3)

# === negatives use two's complement semantics ===
print(-1 & 0xFF, -256 & 0xFF, -1 | 0, -6 ^ 3, ~5 & 0xF)

# === flags ===
READ, WRITE, EXEC = 1, 2, 4
perm = READ | EXEC
print(perm, bool(perm & WRITE), bool(perm & EXEC))
perm |= WRITE
perm &= ~READ
print(perm, bin(perm))

# === popcount and bit tricks ===
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(n) for n in (0, 1, 7, 8, 255, 2 ** 40 - 1)])
print([n for n in range(1, 70) if n & (n - 1) == 0])
x = 0b101101
print((x >> 2) & 1, x & -x, bin(x)[2:])

# === precedence with bitwise ops ===
print(1 | 2 ^ 3 & 4, 1 + 2 << 3, 16 >> 2 + 1, 6 & 3 == 2)
print(0xF0 >> 4 << 4 == 0xF0, (0xF0 >> 5) << 5)
