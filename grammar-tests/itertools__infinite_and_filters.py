# allow-import: itertools
import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, starmap, pairwise

# === count / cycle / repeat ===
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(repr(count()), repr(count(7)), repr(count(1, 2)), repr(count(2.5, 1.0)))
c = count(5)
print(next(c), next(c), c)
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), repr(repeat([1], 2)), repr(repeat(None)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", count(1))))
r = repeat("z", 2)
next(r)
print(r, next(r), next(r, "done"), r)

# === accumulate ===
print(list(accumulate([3, 1, 4, 1, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate("abc")), list(accumulate([], initial=0)), list(accumulate([1, 2], initial=10)))
balance = list(accumulate([100, -20, -35, 50], func=lambda bal, tx: bal + tx))
print(balance)

# === chain / compress ===
print(list(chain("ab", [1, 2], (None,), {})), list(chain()), list(chain.from_iterable(["ab", "", "c"])))
print(list(chain.from_iterable(x * [x] for x in range(4))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([True, False]))))

# === dropwhile / takewhile / filterfalse ===
nums = [1, 4, 6, 3, 8, 2]
print(list(dropwhile(lambda x: x < 5, nums)), list(takewhile(lambda x: x < 5, nums)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", [], [0]])))
lines = ["# header", "# more", "data 1", "# not skipped", "data 2"]
print(list(dropwhile(lambda l: l.startswith("#"), lines)))
tw = takewhile(str.isdigit, "123abc456")
print("".join(tw), list(tw))

# === islice ===
s = "abcdefghij"
print(list(islice(s, 3)), list(islice(s, 2, 5)), list(islice(s, 2, None, 3)), list(islice(s, None)), list(islice(s, 0, 100, 4)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(islice(count(), 10000, 10003)))
print(list(islice(s, 5, 2)), list(islice([], 3)))

# === pairwise / starmap ===
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
points = [(0, 0), (3, 4), (3, 0)]
print([round(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 2) for (x1, y1), (x2, y2) in pairwise(points)])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), (), [4]])))

# === laziness ===
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = islice(filterfalse(lambda v: v == 1, noisy(5)), 2)
print("built")
print(list(lazy))
print(type(count()).__name__, type(chain.from_iterable([])).__name__, isinstance(iter(count()), itertools.count))

# === errors ===
for thunk in [
    lambda: count("a"),
    lambda: count(1, 2, 3),
    lambda: cycle(),
    lambda: cycle(5),
    lambda: repeat(),
    lambda: repeat(1, "a"),
    lambda: accumulate(),
    lambda: list(accumulate([1, "a"])),
    lambda: chain(a=1),
    lambda: list(chain([1], 2)),
    lambda: chain.from_iterable(),
    lambda: compress([1]),
    lambda: dropwhile(None),
    lambda: takewhile(lambda x: x),
    lambda: islice([1], -1),
    lambda: islice([1], 1, -1),
    lambda: islice([1], 0, 1, 0),
    lambda: islice([1], "a"),
    lambda: islice([1], 1, 2, 3, 4),
    lambda: islice([]),
    lambda: islice([], stop=3),
    lambda: pairwise(),
    lambda: list(starmap(pow, [1])),
    lambda: len(repeat(1, 3)),
    lambda: next(takewhile(lambda x: x, [])),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
