# === conversions ===
for n in [0, 1, 7, 8, 10, 255, 256, -1, -255, 2**64, -2**70]:
    print(n, bin(n), oct(n), hex(n))
print(bin(True), hex(False), oct(True))

# === round trips ===
for n in [5, 1000, -42, 123456789]:
    assert int(bin(n), 2) == n and int(oct(n), 8) == n and int(hex(n), 16) == n
    assert int(bin(n), 0) == n
print("round trips ok")

# === with __index__ ===
class Flag:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(Flag(5)), hex(Flag(255)), oct(Flag(9)))

# === formatting vs bin ===
print(bin(10)[2:].zfill(8), format(10, "08b"), format(255, "#x"), f"{255:#o}")
print(hex(255).upper(), hex(255)[2:].upper())

# === errors ===
for f in (bin, oct, hex):
    for bad in [1.5, "10", None]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
