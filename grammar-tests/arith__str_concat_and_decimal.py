# str + str and str(int): lengths, indexing and hashing of the results.
a = "naïve"
b = "café"
c = a + b
print(c, len(c), c[4], c[-1], c[5:], c.upper())
print(len("" + ""), ("" + "x") * 3, "ab" + "" == "ab")
e = "日本" + "語"
print(e, len(e), e[2], e[::-1])
d = {"ab" + "cd": 1}
print(d["a" + "bcd"], "abcd" in d)

for i in (0, 7, -7, 10, -10, 99, 100, 2**31, -2**31, 2**63 - 1, -2**63, 2**64):
    s = str(i)
    print(s, len(s), s[0], s[-1], "n" + s + "n")
print(str(-0), str(True), str(False))
keys = {"key" + str(i): i for i in range(0, 30, 7)}
print(keys, keys.get("key14"), "key15" in keys)

for x, y in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (2**62, -5), (-2**63, 7)):
    print(x, y, x % y, x // y, divmod(x, y))
try:
    print(5 % 0)
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc)
