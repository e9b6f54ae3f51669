# === signed zeros ===
z = -0.0
print(z, 0.0 == z, str(z), repr(z * 1), z + 0.0, z - 0.0, -z, abs(z), z * -1, 1 / float("inf") * -1, round(-0.4), round(-0.4, 1))

# === subnormals and limits ===
tiny = 5e-324
print(tiny, tiny / 2, tiny * 2, tiny > 0, 2.2250738585072014e-308, 1.7976931348623157e308 * 1.0000000000000002, 1e308 * 10 == float("inf"))
print(2.0 ** 1023, 2.0 ** -1074, (2.0 ** -1074) / 2 == 0, 1e-323, 9007199254740992.0 + 1, 9007199254740992.0 + 2)

# === inf arithmetic ===
inf = float("inf")
print(inf + inf, inf - 1e308, -inf * 2, inf / 1e308, 1e308 / inf, 5 % inf, -5 % inf, 5 // inf, -5 // inf)
