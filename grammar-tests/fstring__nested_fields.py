class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
        self.meta = {"age": 30, "langs": ["py", "rs"]}

u = User("ann", ["admin", "dev"])
data = {"x": [10, 20, 30], "nested": {"deep": {"value": 3.14159}}}
matrix = [[1, 2], [3, 4]]

# === attribute, index and key access in fields ===
print(f"{u.name} {u.tags[0]} {u.tags[-1]} {u.meta['age']} {u.meta['langs'][1]}")
print(f"{data['x'][1]} {data['nested']['deep']['value']:.2f} {matrix[1][0]}")
print(f"{len(u.tags)} {u.name.upper()} {u.name[::-1]} {', '.join(u.tags)}")

# === method calls and expressions ===
print(f"{sum(data['x']) / len(data['x']):.1f} {max(data['x']) - min(data['x'])}")
print(f"{'yes' if u.tags else 'no'} {[t.upper() for t in u.tags]} {dict(a=1)}")
print(f"{(lambda v: v * 2)(21)} {u.meta.get('missing', 'default')}")

# === str.format with field access ===
print("{0.name} has {0.tags[0]} and {1[x][2]}".format(u, data))
print("{u.name:>6}|{d[nested][deep][value]:.3f}".format(u=u, d=data))
print("{:{}}|{:.{}f}".format("w", 4, 2.71828, 3))

# === dynamic widths from data ===
rows = [("alpha", 1.5), ("be", 22.25), ("gamma-ray", 333.125)]
w = max(len(name) for name, _ in rows)
for name, val in rows:
    print(f"{name:<{w}} : {val:>{w}.{2}f}")

# === f-string inside f-string and quotes ===
inner = "value"
print(f"outer {f'inner {inner!r}'} end")
print(f"{'{'}braces{'}'} {'}'}")
