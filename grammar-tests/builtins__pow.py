# === ints ===
print(pow(2, 10), pow(-2, 3), pow(2, 0), pow(0, 0), pow(10, 20), pow(-1, 10**6), pow(7, 2, 5), pow(-7, 2, 5), pow(7, 2, -5))
print(pow(2, -1), pow(4, -2), pow(-2, -3), type(pow(2, -1)).__name__, pow(3, -1, 7), pow(2, -2, 7), pow(5, 0, 1))
print(pow(2, 100, 10**9 + 7), pow(123456789, 987654321, 1000000007))

# === floats ===
print(pow(2.0, 3), pow(4, 0.5), pow(2, 0.5), pow(8, 1 / 3), pow(0.0, 0), pow(1.5, 2), pow(10.0, -2))
print(pow(float("inf"), 0), pow(1, float("nan")), pow(2, float("-inf")))

# === modular inverse in a program ===
def inverse(a, m):
    return pow(a, -1, m)
for a in [3, 5, 7]:
    inv = inverse(a, 11)
    print(a, inv, a * inv % 11)

# === errors ===
for args in [(0, -1), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, "3"), (0.0, -1), ("2", 2), (10.0, 400)]:
    try:
        print(args, pow(*args))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
