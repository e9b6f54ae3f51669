# === and/or evaluate lazily ===
calls = []
def t(label, value):
    calls.append(label)
    return value
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) or t("b", 0), calls)
calls.clear()
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3), calls)
calls.clear()
print(t("a", 0) or t("b", "") or t("c", None), calls)

# === guard patterns ===
def safe_ratio(a, b):
    return b != 0 and a / b
print(safe_ratio(1, 0), safe_ratio(1, 4))
data = None
print(data and data[0], (data or [None])[0], [] or "empty", {} and "never")

# === not, chained comparisons ===
x = 5
print(not x, not not x, 0 < x and x < 10, 0 < x < 10, not (x > 3 and x < 4), (x > 3) + (x < 10))
