# === finding duplicates ===
def duplicates(items):
    seen, dups = set(), set()
    for x in items:
        if x in seen:
            dups.add(x)
        seen.add(x)
    return sorted(dups)

print(duplicates([1, 2, 3, 2, 4, 1, 5, 1]), duplicates("hello world"), duplicates([]))

# === common elements across lists ===
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [0, 3, 4, 9]]
common = set(lists[0])
for lst in lists[1:]:
    common &= set(lst)
print(sorted(common))
print(sorted(set().union(*lists)), sorted(set(lists[0]).intersection(*lists[1:])))

# === jaccard similarity ===
def jaccard(a, b):
    a, b = set(a.split()), set(b.split())
    return len(a & b) / len(a | b) if a | b else 1.0

print(round(jaccard("the cat sat", "the cat ran"), 4), jaccard("", ""), jaccard("a b", "c d"))

# === anagram groups using frozenset-free sorted keys ===
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])

# === set of tuples as visited positions ===
moves = "RRUULDDDLL"
pos = (0, 0)
visited = {pos}
for m in moves:
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[m]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(len(visited), pos, sorted(visited)[:4])

# === symmetric difference to compare configs ===
old = {"a", "b", "c"}
new = {"b", "c", "d", "e"}
print("added", sorted(new - old), "removed", sorted(old - new), "changed", sorted(old ^ new))
print(not (old & {"x"}), old >= {"a"}, {"b"} < old)

# === set comprehension with condition ===
print(sorted({n % 7 for n in range(50) if n % 2 == 0}))
print(len({(a, b) for a in range(4) for b in range(4) if a < b}))
