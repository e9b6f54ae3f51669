# dict(zip(keys, values)): shorter side wins, repeated keys keep the last value,
# and the zip object is consumed.
print(dict(zip("abc", [1, 2, 3])), dict(zip("abcd", [1, 2])), dict(zip("ab", range(5))))
print(dict(zip("aba", [1, 2, 3])), dict(zip([], [])))
z = zip("xy", [1, 2])
print(dict(z), list(z), dict(zip("xy", [1, 2], strict=True)))
d = {"k": 0}
d.update(zip("kq", [9, 8]))
print(d)
keys = iter("abc")
print(dict(zip(keys, [1])), list(keys))
try:
    dict(zip("ab", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
