# === self-documenting expressions ===
x, name = 42, "Ada"
items = [1, 2, 3]
print(f"{x=}")
print(f"{name=}")
print(f"{x * 2 + 1=}")
print(f"{items[1:]=}")
print(f"{len(items)=}, {sum(items)=}")

# === whitespace around = is preserved ===
print(f"{x = }")
print(f"{x= }")
print(f"{ x =}")

# === = uses repr by default, but conversions and specs apply ===
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{x=:>6}")
print(f"{3.14159=:.2f}")
print(f"{name=:*^9}")

# === nested objects ===
d = {"k": [1, {"z": None}]}
print(f"{d['k'][1]=}")
class P:
    def __init__(self):
        self.v = "val"
    def __repr__(self):
        return "P()"
p = P()
print(f"{p=} {p.v=}")
