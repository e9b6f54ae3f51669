log = []

def guarded(n):
    try:
        for i in range(n):
            log.append(f"yield {i}")
            yield i
        return "completed"
    finally:
        log.append("finally")

# === exhausted normally ===
g = guarded(2)
print(list(g), log)
log.clear()

# === abandoned early and closed ===
g = guarded(5)
print(next(g), next(g))
g.close()
print(log)
log.clear()

# === return value visible through yield from ===
def wrapper():
    result = yield from guarded(1)
    log.append(f"wrapper got {result}")
    return result.upper()

w = wrapper()
print(list(w), log)
log.clear()

# === exception inside the generator body runs finally and propagates ===
def failing():
    try:
        yield 1
        raise ValueError("broken generator")
    finally:
        log.append("cleanup after failure")

f = failing()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("ValueError:", e, log)
print(next(f, "exhausted"))
