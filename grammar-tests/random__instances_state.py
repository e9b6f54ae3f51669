# allow-import: random
import random

# === independent generators ===
a = random.Random(1)
b = random.Random(2)
print([a.randint(0, 9) for _ in range(8)], [b.randint(0, 9) for _ in range(8)])
print(type(a).__name__, isinstance(a, random.Random))

# === getstate / setstate replay ===
g = random.Random("replay")
state = g.getstate()
first = [g.random() for _ in range(3)]
g.setstate(state)
print(first == [g.random() for _ in range(3)], state[0], len(state[1]), state[2])
g.gauss()
version, internal, cached = g.getstate()
print(version, len(internal), cached is not None)
h = random.Random()
h.setstate(g.getstate())
print(h.gauss() == g.gauss(), h.random() == g.random())

# === module functions share one hidden instance ===
random.seed(10)
x = random.random()
random.seed(10)
y = random.Random(10).random()
print(x == y == random.random())

# === seeding variants ===
for seed in [0, -1, 1, 2**64, 2**64 + 1, 3.0, "a", b"a", "", -2**100]:
    random.seed(seed)
    print(repr(seed), random.getrandbits(16), random.randrange(100))
random.seed("text", version=1)
print(random.random())
random.seed(b"text", version=1)
print(random.random())

# === big ranges and bits ===
r = random.Random(77)
print(r.getrandbits(1), r.getrandbits(31), r.getrandbits(33), r.getrandbits(100).bit_length() <= 100)
print(r.randrange(2**70), r.randrange(-10**20, 10**20, 3), r.randint(-5, -1))
print(r.randbytes(0), len(r.randbytes(33)))

# === shuffle in place and sample without replacement ===
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in ["A", "K", "Q", "J"]]
r.shuffle(deck)
print(deck[:5])
hand = r.sample(deck, 5)
print(hand, len(set(hand)) == 5)
print(r.sample(range(1, 50), k=6), r.choices(range(3), k=5))
print(r.sample(("a", "b", "c"), 3), r.choice(("x", "y")), r.choice(range(10, 20)))
