# === lazy pipeline stages ===
log = []

def source(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i

def square(it):
    for x in it:
        log.append(f"sq {x}")
        yield x * x

def keep_even(it):
    for x in it:
        if x % 2 == 0:
            yield x

pipeline = keep_even(square(source(10)))
print(next(pipeline), next(pipeline))
print(log)
log.clear()
print(list(pipeline))
print(len(log))

# === take/chunk helpers ===
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

def naturals():
    n = 1
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
print(list(chunked(take(10, naturals()), 4)))

# === running totals and windows ===
def running(it):
    total = 0
    for x in it:
        total += x
        yield total

def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield tuple(seq[i:i + k])

print(list(running([3, 1, 4, 1, 5])), list(windows("abcde", 3)))
