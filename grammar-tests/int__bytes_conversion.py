# === to_bytes ===
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (1).to_bytes(4, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True), (2**64 - 1).to_bytes(8, "big"))
print((65).to_bytes(), (0).to_bytes(0, "big"))

# === from_bytes ===
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 0], "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x80", "big"), int.from_bytes(bytes(range(1, 9)), "little"))

# === round trips ===
for n in [0, 1, 255, 256, 65535, 2**63, 12345678901234567890]:
    length = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(length, "big")
    print(n, length, b.hex(), int.from_bytes(b, "big") == n)

# === errors ===
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", "sideways")]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
