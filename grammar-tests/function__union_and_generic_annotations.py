# === PEP 604 unions and builtin generics in annotations ===
def lookup(table: dict[str, int], key: str, default: int | None = None) -> int | None:
    return table.get(key, default)

print(lookup({"a": 1}, "a"), lookup({}, "b"), lookup({}, "c", 7))
ann = lookup.__annotations__
print(ann["table"], ann["default"], ann["return"], ann["key"])

# === the objects themselves ===
u = int | str
print(u, int | None, None | int, str | int | None, int | int)
print(list[int], dict[str, list[float]], tuple[int, ...], set[frozenset[str]], type[int])
print((int | str) == (str | int), list[int] == list[int], list[int] == list[str])
print(u.__args__, list[int].__origin__, dict[str, int].__args__)

# === unions work with isinstance ===
for v in [1, "s", 2.5, None, True]:
    print(repr(v), isinstance(v, int | str), isinstance(v, float | None))

# === generic aliases are callable like their origin ===
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]))

# === user classes in unions ===
class Node:
    pass
print(Node | None, (Node | int).__args__[0] is Node)

# === module-level annotated names ===
count: int = 0
names: list[str] = []
maybe: str | None
print(__annotations__)
