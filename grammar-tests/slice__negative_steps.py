# === negative steps walk backwards ===
s = "0123456789"
for sl in [slice(None, None, -1), slice(None, None, -2), slice(8, 2, -1), slice(8, 2, -3), slice(2, 8, -1), slice(-1, -5, -1), slice(-5, None, -1), slice(None, -5, -1), slice(100, None, -4), slice(None, -100, -1)]:
    print(sl, repr(s[sl]), list(range(10))[sl] == [int(c) for c in s[sl]])

# === reversing parts ===
word = "abcdef"
print(word[::-1], word[:3][::-1] + word[3:], word[::-1][::2], word[-2::-2], word[len(word)::-1])

# === palindromic substrings ===
text = "racecarxabba"
found = sorted({text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1) if text[i:j] == text[i:j][::-1]}, key=lambda p: (-len(p), p))
print(found[:4])
