def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError, StopIteration, RuntimeError) as e:
        print(f"{type(e).__name__}: {e}")

# === next() on non-iterators ===
attempt(lambda: next([1, 2]))
attempt(lambda: next("abc"))
attempt(lambda: next(5))
attempt(lambda: next(iter([])))
attempt(lambda: next(iter([]), "default"))

# === iter() on non-iterables ===
attempt(lambda: iter(3.5))
attempt(lambda: iter(None))
class NoIter:
    pass
attempt(lambda: iter(NoIter()))
attempt(lambda: [x for x in NoIter()])

# === unpacking non-iterables and wrong counts ===
def unpack_int():
    a, b = 1
attempt(unpack_int)
def unpack_many():
    a, b = "xyz"
attempt(unpack_many)
def unpack_few():
    a, b, c, d = (1, 2)
attempt(unpack_few)

# === sorted/min/max of mixed types ===
attempt(lambda: sorted([1, "a"]))
attempt(lambda: max([[1], (1,)]))
attempt(lambda: min(3, None))

# === zip strict ===
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
