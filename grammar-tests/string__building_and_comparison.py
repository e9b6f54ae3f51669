# === building strings efficiently ===
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
acc = ""
for ch in "abc":
    acc += ch * 2
print(acc)

# === padding with format specs instead of methods ===
for word in ["a", "abc", "abcdef"]:
    print(f"|{word:<6}|{word:>6}|{word:^6}|{word:*^8}|")
print(f"{'7':0>3} {'x':.<5} {42:0>6}")

# === ordering of strings ===
words = ["banana", "Apple", "cherry", "apple", "Banana", "123", "_x", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(min(words), max(words))
print("a" < "B", "A" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a")

# === ord/chr round trips ===
alphabet = "".join(chr(ord("a") + i) for i in range(26))
print(alphabet, alphabet.upper()[::3])
print([ord(c) - ord("0") for c in "0479"])
print("".join(chr(c) for c in [72, 105, 33]))

# === repetition and multiplication table ===
for i in range(1, 4):
    print(" ".join(f"{i * j:>2}" for j in range(1, 6)))
print("=" * 15)

# === comparing case-insensitively ===
def same(a, b):
    return a.lower() == b.lower()
print(same("Hello", "hELLO"), same("a", "b"))

# === string identity of equal strings doesn't matter, equality does ===
x = "".join(["py", "thon"])
print(x == "python", len(x), x.upper().lower() == x)

# === counting characters ===
text = "mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1])[0])
print({c: text.count(c) for c in sorted(set(text))})
