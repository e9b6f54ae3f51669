# === literals and repr ===
print(b"", b"abc", b"\x00\xff", b"\t\n\r", b"'", b'"', b"\\", b"caf\xc3\xa9", bytes(5), repr(b"\x7f\x80"))

# === sequence behaviour ===
b = b"hello world"
print(len(b), b[0], b[-1], b[:5], b[6:], b[::-1], b[::2], b"lo" in b, 111 in b, list(b[:3]), b.count(b"o"), b.find(b"wor"))
print(b + b"!", b * 2, b"a" < b"b", b"abc" == b"abc", b"abc" == "abc", sorted([b"b", b"a", b"ab"]), max(b), min(b), sum(b"\x01\x02"))

# === hex ===
print(b.hex(), bytes.fromhex("68656c6c6f"), b"\xde\xad\xbe\xef".hex(), bytes.fromhex(""), b"".hex())

# === iteration and building ===
checksum = 0
for byte in b"data":
    checksum = (checksum + byte) % 256
print(checksum, bytes([checksum]), bytes(x ^ 0x20 for x in b"Hello"), bytes(reversed(b"abc")))

# === errors ===
for call in [lambda: b[100], lambda: b + "s", lambda: b"a" < "a", lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: b"a" * 1.5]:
    try:
        call()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
