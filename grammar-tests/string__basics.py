# === concatenation and repetition ===
s = "Hello"
print(s + ", " + "World", s * 3, "-" * 20, 0 * "x" == "")
print(len(s), len(""), s[0], s[-1], s[1:4])

# === immutability ===
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print("J" + s[1:])

# === membership and comparisons ===
print("ell" in s, "xyz" not in s, "" in s, "H" == "H", "a" < "b" < "c")

# === iteration ===
for ch in "abc":
    print(ch, ord(ch), end="; ")
print()
print([c for c in "banana" if c != "a"])
print(list("hey"), tuple("ok"), sorted("python"), "".join(reversed("stressed")))

# === conversions ===
print(str(42), str(-3.5), str(None), str([1, "a"]), repr("x"), str("x"))
print(chr(65), chr(97 + 25), ord("€"), chr(8364), [ord(c) for c in "AZaz09"])

# === caesar cipher ===
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))

# === unicode ===
word = "naïve café"
print(len(word), word.upper(), word[2], word[::-1])
print("😀" * 3, len("😀"), "ß".upper(), "ÉCOLE".lower())
