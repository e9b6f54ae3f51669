# === default string order is by code point ===
words = ["banana", "Apple", "cherry", "apple", "Banana", "_under", "123", "Zoo", "éclair", "zoo", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[::-1]))

# === numbers as strings ===
ids = ["10", "9", "2", "33", "100", "1"]
print(sorted(ids), sorted(ids, key=int), sorted(ids, key=lambda s: (len(s), s)), max(ids), max(ids, key=int))

# === sorting characters ===
print("".join(sorted("hello world")), "".join(sorted("Hello", key=str.lower)), sorted("bca", reverse=True))
