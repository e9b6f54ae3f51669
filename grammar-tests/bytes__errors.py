# === construction ===
for args in [("text",), ([300],), ([-1],), (["a"],), (1.5,), (-3,), ("x", "nope"), (b"x", "utf-8"), (None,)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)

# === immutability and operators ===
b = b"abc"
for call in [lambda: b + "d", lambda: "d" + b, lambda: b * "2", lambda: b < "abc", lambda: b[10], lambda: b["0"], lambda: ord(b"ab")]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
print(b == "abc", b"a" in b, 97 in b)

# === decoding ===
for data, enc in [(b"\xff\xfe", "utf-8"), (b"\xe2\x82", "utf-8"), (b"caf\xe9", "ascii"), (b"ok", "utf-16-weird")]:
    try:
        print(data.decode(enc))
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
