# === permission flags ===
READ, WRITE, EXEC = 4, 2, 1
def describe(mode):
    return "".join(ch if mode & bit else "-" for ch, bit in zip("rwx", (READ, WRITE, EXEC)))
for mode in [0, 7, 6, 5, 4, 1]:
    print(mode, bin(mode), describe(mode), f"{mode:03b}", mode & ~WRITE, mode | EXEC, mode ^ READ)
octal = 0o754
print(oct(octal), [describe((octal >> shift) & 7) for shift in (6, 3, 0)])

# === bit sets ===
def to_set(n):
    return {i for i in range(n.bit_length()) if n >> i & 1}
def from_set(s):
    return sum(1 << i for i in s)
a, b = from_set({0, 3, 5}), from_set({3, 4})
print(a, b, sorted(to_set(a | b)), sorted(to_set(a & b)), sorted(to_set(a ^ b)), sorted(to_set(a & ~b)), (a | b).bit_count())

# === negative numbers behave as infinite two's complement ===
print(-1 & 0xFF, -256 >> 4, ~0, -8 | 3, -8 ^ -1, (-5) & (2 ** 70 - 1) == 2 ** 70 - 5)
