# allow-import: random
import random

# === shuffle is reproducible ===
random.seed(7)
deck = [f'{r}{s}' for s in 'SH' for r in 'A23']
random.shuffle(deck)
print(deck)

# === getstate / setstate ===
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])

# === seeds of several types ===
for seed in [0, 42, -42, 'hello', b'bytes', 3.5, 2 ** 100]:
    random.seed(seed)
    print(repr(seed), random.randint(0, 10 ** 6))

# === separate Random instances ===
a, b = random.Random(99), random.Random(99)
print([a.random() for _ in range(2)] == [b.random() for _ in range(2)], a.choice('xyz'), b.randrange(50))

# === shuffling a copy ===
random.seed(5)
items = list(range(10))
mixed = random.sample(items, len(items))
print(items, mixed)
