# === mixing ascending and descending keys ===
students = [("ann", "b", 88), ("bob", "a", 95), ("cy", "b", 95), ("dee", "a", 70), ("eve", "b", 88)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
by_name = sorted(students, key=lambda s: s[0], reverse=True)
by_score = sorted(by_name, key=lambda s: s[2])
print(by_score)

# === descending strings need two passes or reverse ===
words = ["pear", "apple", "fig", "kiwi", "date"]
print(sorted(words, key=lambda w: (len(w), w)), sorted(sorted(words), key=len, reverse=True), sorted(words, reverse=True))

# === sort vs sorted ===
nums = [5, 3, 9, 1]
copy = sorted(nums, reverse=True)
print(nums, copy)
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(key=lambda n: n % 3, reverse=True)
print(nums)
