# === invariant checks with assert ===
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True

def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]

# === passing cases ===
merged = merge([1, 4, 9], [2, 3, 10])
print(merged, check_sorted(merged))
print(check_sorted([]), check_sorted([7]))

# === a caught failure ===
try:
    check_sorted([3, 2])
except AssertionError as e:
    print("handled:", e)

# === merging unsorted input breaks the invariant, uncaught ===
print(check_sorted(merge([1, 5, 4], [2])))
