# === shortest repr ===
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 2.5, 100.0, 123456789.123)
print(1e16, 1e15, 1e-5, 1e-4, 0.0001, 0.00001, 1.5e300, 2e-308)
print(1e22, 1e21, 123456789012345678.0, 1234567890123456789012.0)
print(-0.0, 0.0, -1.5, 3.0, 1.0e0)
print(float("inf"), float("-inf"), float("nan"), 1e300 * 1e300, -1e300 * 1e300)
print(repr(0.1), str(0.1), repr(1e100), str(1e-7))

# === from strings ===
print(float("3.14"), float("  -2.5 "), float("1e3"), float("inf"), float("-Infinity"))
print(float(7), float(-0), float(True), float("1_000.5"))

# === nan and inf behaviour ===
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf == inf, nan in [nan], nan is nan)

# === ints vs floats ===
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 0.5 == 1 / 2)
print(float(2 ** 53 + 1), int(2.0 ** 53) + 1)
print(int(1e15), int(-2.9), int(2.9))
print(10 / 4, 10 / 5, 1e0, 5e-1)

# === containers of floats ===
print([0.1, 0.25, 1 / 7], (1.0, -0.0), {"pi": 3.14159})
