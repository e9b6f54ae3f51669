# allow-import: math
from math import sqrt, pi, atan2, degrees, hypot, isclose, floor, ceil
import math as m

# === points and distances ===
def dist(p, q):
    return sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)

pts = [(0, 0), (3, 4), (-2, 1), (6, -8)]
for p in pts:
    print(p, round(dist((0, 0), p), 6), hypot(*p) == dist((0, 0), p))

# === polygon perimeter and area (shoelace) ===
def perimeter(poly):
    return sum(dist(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly)))

def area(poly):
    s = 0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2

square = [(0, 0), (4, 0), (4, 4), (0, 4)]
triangle = [(0, 0), (4, 0), (0, 3)]
print(perimeter(square), area(square), perimeter(triangle), area(triangle))

# === circles ===
for r in (1, 2.5, 10):
    print(f"r={r}: circumference={2 * pi * r:.4f} area={pi * r * r:.4f}")

# === angles ===
for p in [(1, 0), (1, 1), (0, 1), (-1, 0), (0, -1)]:
    print(p, round(degrees(atan2(p[1], p[0])), 6))

# === rounding helpers ===
print(floor(-0.5), ceil(-0.5), floor(7), m.trunc(-7.9), isclose(sqrt(2) ** 2, 2), sqrt(2) ** 2 == 2)

# === grid cells covered by a segment's bounding box ===
a, b = (0.5, 0.2), (3.7, 2.9)
cells = [(x, y) for x in range(floor(min(a[0], b[0])), ceil(max(a[0], b[0])))
                for y in range(floor(min(a[1], b[1])), ceil(max(a[1], b[1])))]
print(len(cells), cells[:4])
