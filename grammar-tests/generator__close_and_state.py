# === try/finally in a generator runs at exhaustion ===
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

for v in guarded():
    print("value", v)

# === exhausting via list ===
print(list(guarded()))

# === close() on a suspended generator runs finally ===
g = guarded()
print(next(g))
g.close()
print("after close")
print(next(g, "closed generators are exhausted"))

# === generator raising an exception propagates it ===
def faulty():
    yield "ok"
    raise ValueError("bad item")

g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "then exhausted"))

# === generator expression capturing state ===
def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))
print(list(batched([], 2)))

# === generators with enumerate/zip/map ===
def letters():
    yield from "abc"

print(list(enumerate(letters(), 1)))
print(list(zip(letters(), letters())))
print(list(map(str.upper, letters())))
print(sorted(letters(), reverse=True))
