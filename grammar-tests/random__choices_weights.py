# allow-import: random, collections
import random
from collections import Counter

random.seed(1234)

# === choices with weights ===
print(random.choices('abc', k=10))
print(random.choices(['win', 'lose'], weights=[1, 9], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=6))
print(Counter(random.choices('xy', weights=[3, 1], k=400)).most_common())

# === choice and sample ===
print(random.choice(['red', 'green', 'blue']), random.choice('hello'), random.choice(range(100)))
print(random.sample(range(100), 5), random.sample('abcdefg', 3), random.sample([1, 2, 3], k=3))
print(random.sample(range(10), counts=None, k=2) if False else random.sample(['a', 'b'], counts=[2, 3], k=4))

# === errors ===
for f in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.choices('ab', weights=[1], k=2), lambda: random.choices('ab', weights=[0, 0])]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
