# allow-import: base64
import base64

# === standard base64 round trips ===
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo wörld".encode()]
for s in samples:
    enc = base64.b64encode(s)
    assert base64.b64decode(enc) == s
    print(enc, base64.standard_b64encode(s) == enc)

# === url-safe and altchars ===
data = bytes([251, 255, 190, 63, 62])
print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b64encode(data, altchars=b"*!"))
print(base64.urlsafe_b64decode(b"-_--Pz4="), base64.b64decode(b"*!**Pz4=", altchars=b"*!"))
print(base64.b64decode("aGVsbG8="), base64.standard_b64decode("aGk="))

# === lenient decoding drops junk, strict rejects it ===
print(base64.b64decode(b"aGVs\nbG8=\n"))
print(base64.b64decode(b"aGV#sbG8="))
print(base64.b64decode(b"aGVsbG8=trailing"))
for bad in [b"aGVsbG8", b"a", b"abcde", b"ab=c"]:
    try:
        print(base64.b64decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [b"aGV#sbG8=", b"=aGk", b"aGk==", b"aG=k", b"aGk=x"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(base64.b64decode(b"aGk=", validate=True))

# === MIME line wrapping ===
blob = bytes(range(100))
enc = base64.encodebytes(blob)
print(enc.count(b"\n"), enc[:20], enc[-10:])
print(base64.decodebytes(enc) == blob)

# === base32 and base16 ===
for s in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world"]:
    e32 = base64.b32encode(s)
    e16 = base64.b16encode(s)
    print(e32, base64.b32hexencode(s), e16)
    assert base64.b32decode(e32) == s and base64.b16decode(e16) == s
print(base64.b32decode(b"nbswy3dp", casefold=True), base64.b16decode(b"4a4b", casefold=True))
print(base64.b32decode(b"ME======"), base64.b32hexdecode(b"C4======"))
for f, arg in [(base64.b32decode, b"ME====="), (base64.b32decode, b"M1======"), (base64.b16decode, b"4a"), (base64.b16decode, b"ABC")]:
    try:
        f(arg)
    except Exception as e:
        print(type(e).__name__, e)

# === type errors ===
for f, arg in [(base64.b64encode, "text"), (base64.b64decode, 5), (base64.b64decode, "héllo"), (base64.b16encode, [1])]:
    try:
        f(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# === agent-style: encode a token and a JSON-ish payload ===
user, secret = "alice", "s3cr3t!"
token = base64.b64encode(f"{user}:{secret}".encode()).decode()
print("Authorization: Basic " + token)
print(base64.b64decode(token).decode().split(":"))
payload = '{"id": 7, "tags": ["a", "b"]}'
packed = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
print(packed)
padded = packed + "=" * (-len(packed) % 4)
print(base64.urlsafe_b64decode(padded).decode())
