# === packing a small binary record ===
def pack(record_id, temp_c, flags):
    return record_id.to_bytes(2, "big") + temp_c.to_bytes(2, "big", signed=True) + flags.to_bytes(1, "big")
def unpack(b):
    return int.from_bytes(b[0:2], "big"), int.from_bytes(b[2:4], "big", signed=True), int.from_bytes(b[4:5], "big")
rows = [(1, 21, 0b101), (513, -40, 255), (65535, 32767, 0)]
for r in rows:
    b = pack(*r)
    print(r, b, b.hex(), unpack(b) == r)

# === little endian integers ===
n = 0x12345678
le = n.to_bytes(4, "little")
print(le, le.hex(), int.from_bytes(le, "little") == n, int.from_bytes(le, "big") == n, hex(int.from_bytes(le, "big")))
print(int.from_bytes(b"\xff" * 8, "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True), (2**64 - 1).to_bytes(8, "little") == b"\xff" * 8)
