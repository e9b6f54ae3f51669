# === constructors ===
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(x * 2 for x in range(3)))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({3: 0}), tuple(iter([9])))
a = [1, 2]
b = list(a)
c = tuple(a)
b.append(3)
print(a, b, c, list(c) == a, tuple(c) is c)

# === from user iterables ===
class Three:
    def __iter__(self):
        return iter([1, 2, 3])
print(list(Three()), tuple(Three()), sorted(Three(), reverse=True))

# === errors ===
for f in (list, tuple):
    for bad in [5, None, 1.5]:
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
