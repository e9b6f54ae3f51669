# === zfill ===
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3), "-".zfill(3), "3.14".zfill(7))

# === center / ljust / rjust ===
print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6)), repr("abc".center(8, "*")), repr("x".center(4, "-")), repr("long".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")), repr("日本".center(6, "・")), repr("ab".ljust(-1)))

# === a text table ===
rows = [("Item", "Qty", "Price"), ("apple", "3", "0.50"), ("watermelon", "1", "3.25")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print("|" + r[0].ljust(widths[0]) + "|" + r[1].center(widths[1] + 2) + "|" + r[2].rjust(widths[2]) + "|")
print("Title".center(30, "="))

# === errors ===
for call in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill("3"), lambda: "a".center(), lambda: "a".center(5, 1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
