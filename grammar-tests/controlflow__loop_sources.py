# for loops and comprehensions over ranges, lists, tuples and iterators,
# including lists that change while they are walked.
lst = [1, 2, 3]
for x in lst:
    if x < 3:
        lst.append(x * 10)
print(lst)
lst = [1, 2, 3, 4]
for x in lst:
    lst.remove(x)
print(lst)
lst = [5, 6, 7]
seen = []
for x in lst:
    seen.append(x)
    lst.clear()
print(seen, lst)
print([x for x in (1, 2, 3) if x != 2], [y for y in range(10, 0, -3)], [z for z in range(0)])
items = [1, 2]
bounded = [items.append(i + 10) or i for i in items if i < 10]
print(bounded, items)
t = ((1, "a"), (2, "b"))
for n, s in t:
    print(n, s, end="; ")
print()
for i in range(3):
    pass
else:
    print("range else", i)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not here")
print("broke at", x)
for x in ():
    print("never")
else:
    print("empty tuple else")


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None


print(first_even([1, 3, 4, 6]), first_even((1, 5)), first_even(iter([7, 8])), first_even(range(5, 9)))
print([(a, b) for a in [1, 2] for b in (a, a * 10)], {k: v for k, v in [("x", 1), ("y", 2)]})
print(sum(v for v in [1.5, 2.5]), {c for c in ("a", "b", "a")} == {"a", "b"})
for big in range(2**62, 2**62 + 2):
    print(big)
try:
    for q in 5:
        pass
except TypeError as e:
    print(e)
