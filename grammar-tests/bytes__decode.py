# === utf-8 decoding ===
print(b"hello".decode(), b"caf\xc3\xa9".decode(), b"\xe6\x97\xa5".decode("utf-8"), b"\xf0\x9f\x98\x80".decode("utf8"), b"".decode())

# === other codecs ===
print(b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), bytes(range(200, 203)).decode("latin1"))

# === error handlers ===
bad = b"ok\xff\xfeok\xc3"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("utf-8", "backslashreplace"), b"a\xe9b".decode("ascii", "replace"), b"a\xe9b".decode(errors="ignore"))

# === error messages ===
for data in [b"\xff", b"ab\xc3", b"\xe6\x97", b"\xf0\x9f\x98A", b"\xe9\xe9", b"\xc0\xaf", b"\xed\xa0\x80", b"abc\x80"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for args in [("ascii",), ("nope",), ("utf-8", "bogus")]:
    try:
        b"a\xe9".decode(*args)
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b"x".decode(1)
except TypeError as e:
    print(type(e).__name__, e)
