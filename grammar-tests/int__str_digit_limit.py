# === below the limit ===
n = 10**4299
print(len(str(n)), str(n)[:3], int("9" * 4300) % 1000, len(repr(-n)))

# === above the limit ===
big = 10**4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{big}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr([big])
except ValueError as e:
    print(type(e).__name__, e)

# === hex/bin are not limited ===
print(len(hex(big)), len(bin(2**5000)), int("f" * 5000, 16).bit_length(), big.bit_length())

# === arithmetic stays exact ===
print(big // 10**4299, big % 7, (big + 1) % 10, len(str(big // 10**10)))
