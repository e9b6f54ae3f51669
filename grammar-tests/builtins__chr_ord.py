# === ascii and unicode ===
print(chr(65), chr(97), chr(48), ord("A"), ord("z"), ord("0"), ord(" "))
print(chr(233), chr(8364), chr(0x1F600), ord("é"), ord("€"), ord("😀"), hex(ord("😀")))
print(repr(chr(0)), repr(chr(10)), repr(chr(127)), repr(chr(0x10FFFF)), ord(chr(1114111)))

# === caesar cipher ===
def shift(text, k):
    out = []
    for c in text:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(shift("Hello, World!", 3), shift(shift("Hello, World!", 3), -3))
print([ord(c) - ord("a") + 1 for c in "abcxyz"], "".join(chr(ord("a") + i) for i in range(5)))
print(ord(b"A"), ord(b"\xff"))

# === errors ===
for bad in [-1, 0x110000, 2**100]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, "a", None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", "héllo"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [65, None, b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
