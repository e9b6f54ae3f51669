# === integer powers ===
print([2 ** i for i in range(11)])
print([(-3) ** i for i in range(6)])
print(0 ** 5, 1 ** 1000, (-1) ** 1001)

# === negative and fractional exponents yield floats ===
print(2 ** -3, 10 ** -2, 4 ** 0.5, 27 ** (1 / 3), 8.0 ** 2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)

# === pow builtin ===
print(pow(3, 4), pow(3.0, 2), pow(5, 3, 7), pow(123456789, 987654321, 1000000007))

# === divmod table ===
for n in (100, -100, 99, 0):
    print(n, [divmod(n, d) for d in (7, -7)])

# === digits via divmod ===
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]

print(digits(90210), digits(0), digits(7))

# === seconds to h:m:s ===
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

print(hms(0), hms(59), hms(3661), hms(86399))
