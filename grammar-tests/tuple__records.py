# === tuples as lightweight records ===
points = [(3, 4), (-1, 2), (0, 0), (5, -5)]
dist2 = [(x * x + y * y, (x, y)) for x, y in points]
print(sorted(dist2))
print(max(points, key=lambda p: p[0] + p[1]), min(points))

# === tuple unpacking in function signatures via indexing ===
def area(rect):
    (x1, y1), (x2, y2) = rect
    return abs(x2 - x1) * abs(y2 - y1)

print(area(((0, 0), (3, 4))), area(((5, 5), (2, 1))))

# === returning multiple values and ignoring some ===
def parse_version(s):
    major, minor, *rest = (int(p) for p in s.split("."))
    return major, minor, rest[0] if rest else 0

for v in ("1.2.3", "10.0", "2.7.18"):
    major, _, patch = parse_version(v)
    print(v, "->", parse_version(v), major, patch)

# === tuples as dict keys for grids ===
board = {}
for r in range(3):
    for c in range(3):
        board[(r, c)] = "X" if (r + c) % 2 == 0 else "O"
print(board[(1, 1)], board[0, 2], len(board))
print("\n".join(" ".join(board[r, c] for c in range(3)) for r in range(3)))

# === tuple comparisons drive sorting of versions ===
versions = ["1.10.0", "1.2.0", "1.2.10", "0.9.9"]
print(sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))

# === tuple concatenation, repetition, slicing ===
t = (1, 2, 3)
print(t + (4,), t * 2, t[::-1], t[1:], (t,) + (t,), len(t * 0))

# === nested tuple equality and hashing in sets ===
seen = set()
for pair in [(1, 2), (2, 1), (1, 2), ((1, 2), 3)]:
    seen.add(pair)
print(len(seen), (1, 2) in seen, ((1, 2), 3) in seen)

# === tuple() vs (x,) ===
print(tuple("ab"), ("ab",), tuple(["ab"]), tuple({"k": 1}))
