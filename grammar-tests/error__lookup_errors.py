def show(thunk):
    try:
        print("ok:", repr(thunk()))
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)

# === IndexError messages ===
xs = [1, 2, 3]
show(lambda: xs[3])
show(lambda: xs[-4])
show(lambda: (1, 2)[5])
show(lambda: "abc"[3])
show(lambda: range(3)[10])
show(lambda: [].pop())
show(lambda: [1].pop(5))
def set_item():
    ys = [0]
    ys[2] = 1
show(set_item)
show(lambda: b"ab"[2])

# === KeyError messages ===
d = {"a": 1}
show(lambda: d["b"])
show(lambda: d[0])
show(lambda: d[(1, "x")])
show(lambda: d[None])
show(lambda: {}.pop("gone"))
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: d[""])

# === graceful lookups ===
print(d.get("b", "default"), xs[5:10], xs[-10:1])
def safe_get(seq, i, default=None):
    try:
        return seq[i]
    except IndexError:
        return default
print(safe_get(xs, 1), safe_get(xs, 10), safe_get("hi", -1), safe_get([], 0, "empty"))
