# === stable sort keeps input order for equal keys ===
people = [("ann", "hr"), ("bob", "it"), ("cy", "hr"), ("dee", "ops"), ("eve", "it")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))

# === multi-pass sort: secondary key first ===
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
by_name = sorted(records, key=lambda r: r[0])
by_num_then_name = sorted(by_name, key=lambda r: r[1])
print(by_num_then_name, by_num_then_name == sorted(records, key=lambda r: (r[1], r[0])))

# === reverse is not reversed(sorted()) for ties ===
vals = [(1, "x"), (0, "y"), (1, "z")]
print(sorted(vals, key=lambda v: v[0], reverse=True), list(reversed(sorted(vals, key=lambda v: v[0]))))

# === big stable sort ===
items = [(i % 7, i) for i in range(200)]
s = sorted(items, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]), s[:3], s[-3:])
