# === constructors ===
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(b"copy"), bytes((255, 0)), len(bytes(10)), type(bytes(1)).__name__)
print(b"a\x00b\n\t\\'\"", b'\xde\xad', repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))

# === indexing and iteration ===
data = b"hello"
print(data[0], data[-1], data[1:3], data[::-1], list(data), b"l" in data, 104 in data, data.count(b"l"))
print(data + b"!", data * 2, data == b"hello", data < b"help", len(data), data.find(b"ll"), data.find(b"z"))
print(data.startswith(b"he"), data.endswith(b"lo"), data.count(b"l"), data.count(108), data.find(111))
print(data.decode(), "é".encode(), "é".encode().decode("utf-8"), data.hex(), "€".encode().hex())

# === errors ===
for args in [("abc",), ([256],), ([-1],), (["a"],), (1.5,), (-1,)]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc" + "d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
