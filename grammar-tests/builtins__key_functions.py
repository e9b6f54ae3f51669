# Functions passed to sorted, min, max, map and filter: plain lambdas, closures,
# defaults, generators, builtins, bound methods, classes, and errors inside.
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
print(sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (-len(w), w)))
offset = 3
print(sorted(range(6), key=lambda i: (i - offset) ** 2))
print(min(words, key=len), max(words, key=lambda w: w[-1]), max([], key=len, default="none"))


def with_default(x, scale=10):
    return x * scale


def gen(x):
    yield x
    yield -x


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % self.v

    def key(self):
        return self.v


print(list(map(with_default, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print([list(g) for g in map(gen, [1, 2])])
print(list(map(Box, "ab")), sorted([Box(3), Box(1)], key=Box.key))
print(list(filter(lambda w: w.islower(), words)), list(filter(None, [0, 1, "", "x"])))
print(list(map(int, ["1", "2"])), sorted(["10", "9", "100"], key=int))
counter = [0]


def counting(x):
    counter[0] += 1
    return x


print(sorted([3, 1, 2], key=counting), counter)


def bad_key(x):
    return 1 / x


for label, thunk in [
    ("sorted", lambda: sorted([1, 0], key=bad_key)),
    ("max", lambda: max([2, 0], key=bad_key)),
    ("map", lambda: list(map(bad_key, [1, 0]))),
    ("filter", lambda: list(filter(bad_key, [0]))),
    ("arity", lambda: sorted([1], key=lambda: 0)),
    ("arity2", lambda: list(map(lambda a, b: a, [1]))),
]:
    try:
        print(label, thunk())
    except (ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)
