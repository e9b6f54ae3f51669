class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "two")
name = "café"

# === !r !s !a ===
print(f"{p}")
print(f"{p!s}")
print(f"{p!r}")
print(f"{name} {name!r} {name!a} {name!s}")
print(f"{'quote'!r} {42!r} {[1, 'a']!r} {None!s}")

# === conversions combined with format spec ===
print(f"[{name!r:>10}]")
print(f"[{p!s:^12}]")
print(f"[{'x'!r:*<6}]")

# === = debugging specifier ===
x, y = 10, 3
print(f"{x=}")
print(f"{x = }")
print(f"{x + y=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x/y=:.3f}")
print(f"{p=}")
print(f"{[i * i for i in range(4)]=}")

# === expressions inside braces ===
items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']} {len(items)} {', '.join(items)} {x if x > y else y}")
print(f"{'nested ' + f'{x * 2}'} {{literal braces}} {{{x}}}")
print(f"{p.x} {p.y.upper()} {(lambda v: v * 3)(2)}")
