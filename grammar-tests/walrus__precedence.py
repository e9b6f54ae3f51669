# === walrus binds loosely: parenthesize ===
vals = [1, 2, 3]
if (n := len(vals)) > 2:
    print("n =", n)
if (m := len(vals) > 2):
    print("m =", m)

# === in boolean operators ===
a = None
result = (a := 0) or (b := "fallback")
print(result, a, b)
result = (c := 5) and (d := c * 2)
print(result, c, d)

# === in ternaries and f-strings ===
z = (w := 3) if True else 0
print(z, w)
print(f"{(q := 7) * 2} {q}")

# === in lambda bodies and default args ===
fn = lambda v: (t := v * 2) + t
print(fn(4))

# === chained walrus assignments ===
p = (r := (s := 2) + 1) * 10
print(p, r, s)
