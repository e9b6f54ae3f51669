WORDS = """listen silent enlist inlets tinsel google banana
stone tones notes onset seton level racecar rotor civic kayak
evil vile live veil apple paple dusty study night thing"""

words = WORDS.split()

# === anagram groups keyed by sorted letters ===
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
anagram_sets = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in anagram_sets:
    print(len(g), " ".join(g))

# === palindromes ===
pals = [w for w in words if w == w[::-1]]
print("palindromes:", pals)

# === longest palindromic substring (expand around center) ===
def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "", "abacdfgdcaba"]:
    print(repr(s), "->", repr(longest_palindrome(s)))

# === can a word be rearranged into a palindrome? ===
def can_be_palindrome(w):
    counts = {}
    for ch in w:
        counts[ch] = counts.get(ch, 0) + 1
    return sum(c % 2 for c in counts.values()) <= 1

print({w: can_be_palindrome(w) for w in ["carrace", "aabb", "abc", "x", "tactcoa"]})

# === letter frequency signature distance ===
def signature(w):
    return [w.count(chr(c)) for c in range(ord("a"), ord("z") + 1)]

def distance(a, b):
    return sum(abs(x - y) for x, y in zip(signature(a), signature(b)))

print(distance("listen", "silent"), distance("night", "things"), distance("apple", "banana"))
