# === constructor forms ===
print(set(), set([3, 1, 3]) == {1, 3}, sorted(set("mississippi")), sorted(set(range(5))), set({"k": 1}), sorted(set({"a": 1, "b": 2}.values())))
a = {1, 2}
b = set(a)
b.add(3)
print(sorted(a), sorted(b), set(frozenset([1])) == {1}, type(set(frozenset())).__name__)

# === dedupe preserving order vs set ===
emails = ["a@x", "b@x", "a@x", "c@x", "b@x"]
seen = set()
ordered = [e for e in emails if not (e in seen or seen.add(e))]
print(ordered, len(set(emails)))

# === errors ===
for bad in [5, None, [[1]], [{}], 2.5]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
