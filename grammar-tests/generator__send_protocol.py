# === send() delivers values into yield expressions ===
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

# === sending to a just-started generator ===
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))

# === coroutine-style averager ===
def averager():
    count, total, avg = 0, 0, None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count

av = averager()
next(av)
print([av.send(x) for x in [10, 20, 60]])

# === yield as expression in arbitrary positions ===
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)) * 2)
    yield received

e = echo()
print(next(e), e.send(1), e.send(2), e.send(3))
