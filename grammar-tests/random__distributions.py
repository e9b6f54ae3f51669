# allow-import: random
import random

random.seed(2024)

# === uniform family ===
print(random.random(), random.uniform(1, 10), random.uniform(5, 5))
print(random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 5), random.randrange(10, 0, -3))
print(random.getrandbits(16), random.getrandbits(70), random.randbytes(4).hex())

# === continuous distributions ===
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 1.5))

# === dice statistics ===
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print(min(rolls), max(rolls), rolls.count(7), sum(rolls) / len(rolls))

# === errors ===
for f in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
