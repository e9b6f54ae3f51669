# === iterating bytes yields ints ===
data = "héllo".encode()
print(list(data), [hex(b) for b in data], [chr(b) for b in data if b < 128], len(data), data[1], data[1:3], data[1:3].decode())

# === hex dump ===
blob = bytes(range(0, 256, 17))
for i in range(0, len(blob), 8):
    chunk = blob[i:i + 8]
    print(f"{i:04x}  " + " ".join(f"{b:02x}" for b in chunk).ljust(24) + "  " + "".join(chr(b) if 32 <= b < 127 else "." for b in chunk))
print(blob.hex(), bytes.fromhex(blob.hex()) == blob, blob.hex()[:8].upper())

# === simple checksums ===
def checksum(b):
    return sum(b) % 256
def xor_all(b):
    out = 0
    for x in b:
        out ^= x
    return out
print(checksum(b"hello"), xor_all(b"hello"), bytes([checksum(b"abc")]), bytes(b ^ 0xFF for b in b"\x00\x0f"))
