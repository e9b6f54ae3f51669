# allow-import: random
import random

rng = random.Random(31337)

# === dice game ===
scores = {'ann': 0, 'bob': 0}
for rnd in range(5):
    for player in scores:
        roll = rng.randint(1, 6) + rng.randint(1, 6)
        scores[player] += roll
print(scores)

# === random walk ===
pos, path = 0, []
for _ in range(15):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))

# === monte carlo pi ===
inside = sum(1 for _ in range(2000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(inside, 4 * inside / 2000)

# === shuffled teams ===
people = ['ann', 'bob', 'cy', 'di', 'ed', 'flo']
rng.shuffle(people)
print(people[:3], people[3:])

# === weighted loot table ===
loot = rng.choices(['common', 'rare', 'epic'], weights=[80, 15, 5], k=12)
print(loot)
print(rng.sample(range(1, 50), 6), round(rng.uniform(-1, 1), 6), rng.randrange(0, 1000, 7))
