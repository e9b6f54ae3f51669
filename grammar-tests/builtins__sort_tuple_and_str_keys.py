# Ordering of tuples and strs: the first differing item decides, lengths break ties.
rows = [(3, "b"), (1, "z"), (3, "a"), (1, "z", 0), (2,), (), ("x",) * 0]
print(sorted(rows, key=lambda r: r if r and isinstance(r[0], int) else (0,)))
print(sorted(["é", "e", "z", "É", "ß", "a", "", "aa", "a\x00"]))
print((1, 2) < (1, 2, 0), (1, 2) < (1, 2), (1, 3) > (1, 2, 9), ("a", 1) < ("a", 2))
print(max([(2, "b"), (2, "c"), (1, "z")]), min([("b", 2), ("b", 1)]))
nan = float("nan")
print((nan, 1) < (nan, 2), (1.0, nan) < (1.0, 2.0))
print(((1, (2, "x")), 3) < ((1, (2, "y")), 0))
print((1, 2.5) < (1, 3), (True, 0) < (1, 1), (2**70, 1) > (2**70, 0))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print((1, Key(1), "a") < (1, Key(1), "b"))
print((0, Key(2)) < (0, Key(1)))
for a, b in [((1, "x"), (1, 2)), ((1, 2), ("1", 2)), ([1, "a"], [1, 0])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
words = ["pear", "Apple", "fig", "apple", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(sorted([(1, "b"), (1, "a"), (0, "c")], reverse=True))
