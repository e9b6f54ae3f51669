# === bit_length / bit_count ===
for n in [0, 1, 2, 3, 255, 256, -1, -255, 2**64, -(2**64), 10**30]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
print(True.bit_length(), (5).bit_count())

# === bit tricks ===
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)])
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(bin(flags), flags.bit_count(), [b for b in range(flags.bit_length()) if flags >> b & 1])
print((1 << 100).bit_length(), ((1 << 100) - 1).bit_count(), (-1 << 10), (-1024) >> 3, 7 >> 10, -7 >> 10)

# === conjugate, real, imag, numerator ===
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator, (-3).numerator, True.real)

# === errors ===
for call in [lambda: (5).bit_length(1), lambda: 1 << -1, lambda: 1 >> -2, lambda: 1 << 1.5]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
