# === default tab size ===
print(repr("a\tb".expandtabs()), repr("\t".expandtabs()), repr("abcdefgh\tx".expandtabs()), repr("ab\tcd\tef".expandtabs()))

# === custom tab sizes ===
for n in [0, 1, 2, 4, 5]:
    print(n, repr("1\t22\t333\t".expandtabs(n)))
print(repr("a\tb".expandtabs(tabsize=3)), repr("a\tb".expandtabs(-1)))

# === newlines reset the column ===
print(repr("ab\tc\nxyz\tw\r\tq".expandtabs(4)))

# === aligning columns ===
table = "name\tqty\tprice\napple\t3\t0.5\nwatermelon\t1\t3.25"
print(table.expandtabs(12))

# === errors ===
try:
    "a".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
