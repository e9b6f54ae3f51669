# === calling methods through the type ===
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.replace("aaa", "a", "b", 2), list.count([1, 1, 2], 1), dict.get({"a": 1}, "a"), dict.get({}, "x", 0))
print(int.bit_length(255), float.is_integer(2.0), str.maketrans("a", "b"), tuple.index((5, 6), 6), set.union({1}, {2}) == {1, 2})

print(list.append, str.upper, dict.get, [int.bit_length, set.add])

# === as key functions ===
words = ["b", "A", "c"]
print(sorted(words, key=str.lower), list(map(str.strip, [" x ", "y "])), list(map(str.title, ["ann lee", "bob"])), max(["aa", "b"], key=len))
nested = [[3, 1], [2]]
for row in nested:
    list.sort(row)
print(nested, list(map(len, nested)), list(map(sorted, [[2, 1], [4, 3]])))

# === errors ===
for call in [lambda: str.upper(5), lambda: list.append((), 1), lambda: str.upper(), lambda: dict.keys([])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
