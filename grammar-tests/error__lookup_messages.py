def attempt(fn):
    try:
        print(fn())
    except LookupError as e:
        print(type(e).__name__ + ":", e)

# === IndexError messages by type ===
attempt(lambda: [][0])
attempt(lambda: [1, 2][-3])
attempt(lambda: ()[1])
attempt(lambda: "abc"[3])
attempt(lambda: range(3)[5])
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
def assign():
    x = [1]
    x[3] = 0
attempt(assign)
def delete():
    x = [1]
    del x[2]
attempt(delete)

# === KeyError reprs the key ===
d = {"a": 1}
attempt(lambda: d["b"])
attempt(lambda: d[1])
attempt(lambda: d[(1, "x")])
attempt(lambda: d[None])
attempt(lambda: {}.pop("k"))
attempt(lambda: {}.popitem())
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))

# === LookupError catches both ===
for fn in (lambda: [][0], lambda: {}["x"]):
    try:
        fn()
    except LookupError as e:
        print("caught", type(e).__name__, isinstance(e, LookupError))
