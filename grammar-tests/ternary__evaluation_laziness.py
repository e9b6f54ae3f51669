log = []
def t(v):
    log.append(v)
    return v

# === only the chosen branch is evaluated ===
r = t("yes") if t(True) else t("no")
print(r, log)
log.clear()
r = t("yes") if t(0) else t("no")
print(r, log)
log.clear()

# === avoiding errors with a guard ===
def safe_div(a, b):
    return a / b if b else float("inf")
print(safe_div(1, 2), safe_div(1, 0))
items = []
print(items[0] if items else "empty", (items or [None])[0])

# === nested ternaries are right associative ===
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-5, 0, 5)])
print((1 if False else 2) if True else 3, 1 if False else (2 if True else 3))

# === ternary inside other expressions ===
n = 7
print(f"{n} is {'odd' if n % 2 else 'even'}", [x if x % 2 else -x for x in range(5)])
print(sum(x if x > 0 else 0 for x in [-1, 2, -3, 4]), max(1, 2) if n else min(1, 2))

# === precedence with lambda and or ===
f = lambda v: v * 2 if v else -1
print(f(3), f(0))
print(0 or 5 if False else 9, (0 or 5) if True else 9)
