# === finding duplicates and uniques ===
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
seen, dups = set(), set()
for n in nums:
    (dups if n in seen else seen).add(n)
print(sorted(seen), sorted(dups), sorted(seen - dups), len(set(nums)) == len(nums))

# === overlap between groups ===
teams = {"a": {1, 2, 3, 4}, "b": {3, 4, 5}, "c": {4, 6}}
everyone = set().union(*teams.values())
common = set.intersection(*teams.values())
print(sorted(everyone), sorted(common), {k: sorted(v - set().union(*(w for j, w in teams.items() if j != k))) for k, v in teams.items()})

# === graph reachability ===
edges = {1: {2, 3}, 2: {4}, 3: {4}, 4: set(), 5: {1}}
def reach(start):
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(edges[node] - seen)
    return seen
print(sorted(reach(1)), sorted(reach(5)), sorted(reach(4)))

# === jaccard similarity ===
def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)
print(round(jaccard("night", "nacht"), 3), jaccard([1, 2], [1, 2]), jaccard([1], [2]))
