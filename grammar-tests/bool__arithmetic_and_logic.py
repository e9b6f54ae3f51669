# === bool is a subclass of int ===
print(True + True, True - False, True * 3, False * 3, True / 2, True // 2, True % 2, True ** 10, -True, +False, ~True, abs(-True))
print(True & True, True & 1, True | False, True ^ True, True << 3, 7 & True, type(True | False).__name__, type(True + 0).__name__)

# === comparisons and ordering ===
print(True > False, True == 1, False == 0.0, True < 2, sorted([True, 0, False, 1, -1]), max(True, 0.5), min([False, -0.5]))
print(True in [1], 1 in [True], False in [0.0], {True: "t"}.get(1), {0: "zero"}[False])

# === and/or return operands ===
print(0 or "default", "" or None, [] and "never", 5 and 6, None or 0 or "last", not 0, not [], not "x")
values = [0, 1, "", "a", None, [], [0]]
print([bool(v) for v in values], sum(map(bool, values)), [v for v in values if v])

# === counting with booleans ===
words = ["apple", "Banana", "cherry", "Date"]
print(sum(w[0].isupper() for w in words), sum(len(w) > 5 for w in words), [w for w, up in zip(words, map(str.isupper, (w[0] for w in words))) if up])

# === str/repr/format ===
print(str(True), repr(False), f"{True}", f"{True!r}", f"{True:>6}|", f"{False:d}", f"{True:.2f}", "%s %d %r" % (True, True, False), format(True, "b"))
print(bool("False"), bool("0"), bool(0.0), bool(-0.0), bool(float("nan")), int("1") == True)
