# allow-import: random, string
import random

# === Monte Carlo estimate with a fixed seed ===
random.seed(2024)
inside = 0
trials = 2000
for _ in range(trials):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi ~", 4 * inside / trials)

# === dice simulation ===
rng = random.Random(99)
counts = {}
for _ in range(600):
    roll = rng.randint(1, 6) + rng.randint(1, 6)
    counts[roll] = counts.get(roll, 0) + 1
for total in sorted(counts):
    print(total, counts[total])

# === train/test split ===
data = [f"row{i}" for i in range(25)]
random.seed(7)
random.shuffle(data)
cut = int(len(data) * 0.8)
train, test = data[:cut], data[cut:]
print(len(train), len(test), test)

# === weighted sampling of events ===
events = ["click", "view", "purchase", "bounce"]
weights = [30, 60, 2, 8]
random.seed(11)
picked = random.choices(events, weights=weights, k=20)
print(picked)
print({e: picked.count(e) for e in events})

# === random walk ===
random.seed(5)
pos = 0
path = []
for step in range(15):
    pos += random.choice([-1, 1])
    path.append(pos)
print(path)

# === bootstrap means ===
values = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9]
rng = random.Random(31337)
means = []
for _ in range(5):
    resample = [rng.choice(values) for _ in values]
    means.append(round(sum(resample) / len(resample), 4))
print(means)

# === reproducibility: same seed, same stream ===
a = random.Random(123)
b = random.Random(123)
print([a.randrange(1000) for _ in range(5)] == [b.randrange(1000) for _ in range(5)])
random.seed(123)
first = [random.random() for _ in range(3)]
random.seed(123)
print(first == [random.random() for _ in range(3)])

# === random ids and passwords ===
import string
rng = random.Random("user-42")
alphabet = string.ascii_letters + string.digits
print("".join(rng.choice(alphabet) for _ in range(12)))
print(rng.sample(range(1, 50), 6))
print("%06d" % rng.randrange(10**6))
