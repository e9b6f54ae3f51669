s = "abcdefghij"

# === basic slices ===
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])

# === steps ===
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:3])

# === out of range is clamped ===
print(repr(s[20:]), repr(s[5:2]), s[-100:3], s[3:100], repr(s[10:]))

# === indexing errors ===
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(s[-10], s[9])

# === palindromes ===
def is_pal(w):
    w = "".join(c.lower() for c in w if c != " ")
    return w == w[::-1]

for w in ["racecar", "Never odd or even", "python", "", "a"]:
    print(repr(w), is_pal(w))

# === chunking ===
def chunks(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]

print(chunks(s, 3), chunks("", 2), chunks("xy", 5))

# === slices of lists and tuples too ===
nums = list(range(10))
print(nums[::3], nums[-1:-4:-1], tuple(nums)[1:3], nums[len(nums):])
print(s[slice(1, 4)], s[slice(None, None, -3)], nums[slice(2)])
