# === push-based pipeline with send() ===
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

def map_stage(fn, target):
    while True:
        item = yield
        target.send(fn(item))

def primed(gen):
    next(gen)
    return gen

sink = primed(printer(">>"))
pipeline = primed(filter_stage(lambda x: x % 3 == 0, primed(map_stage(lambda x: x * x, sink))))
for n in range(10):
    pipeline.send(n)

# === collector coroutine returning a summary through StopIteration ===
def collector():
    items = []
    while True:
        item = yield
        if item is None:
            return {"count": len(items), "total": sum(items)}
        items.append(item)

c = primed(collector())
for v in [4, 8, 15]:
    c.send(v)
try:
    c.send(None)
except StopIteration as stop:
    print("summary:", stop.value)

# === a running-max coroutine that yields its state ===
def running_max():
    best = None
    while True:
        v = yield best
        best = v if best is None or v > best else best

rm = primed(running_max())
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
