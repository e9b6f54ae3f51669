# === basics ===
print(sorted([3, 1, 2]), sorted("banana"), sorted((3.5, -1, 2)), sorted({3: "c", 1: "a"}), sorted({"b", "a", "c"}), sorted([]), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([[2, 1], [1, 2], [1, 1]]))

# === key functions ===
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))

# === returns new list ===
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)

# === errors ===
for call in [lambda: sorted([1, "a"]), lambda: sorted(5), lambda: sorted([1, 2], key=5), lambda: sorted([1], cmp=None), lambda: sorted([3, None, 1]), lambda: sorted(), lambda: sorted([1], lambda x: x)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
