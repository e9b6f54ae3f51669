# allow-import: random
import random
for seed in [0, 1, 42, 12345, 2**40 + 7, -5, 10**30, "hello", b"bytes", "", 3.5, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(70), random.randrange(0, 10**25, 3))
r = random.Random(7)
print([r.random() for _ in range(3)])
print(r.choice("abcdef"), r.choice([1, 2, 3]), r.choice(range(1000)))
xs = list(range(20)); r.shuffle(xs); print(xs)
print(r.sample(range(100), 10), r.sample("abcdefghij", 4), r.sample(range(10**9), 7))
print(r.sample(['a','b','c'], k=5, counts=[3, 2, 1]))
print(r.choices("abc", k=6), r.choices(range(5), weights=[1, 2, 3, 4, 5], k=8), r.choices([1,2,3], cum_weights=[0.1, 0.5, 1.0], k=4))
print(r.uniform(1, 10), r.uniform(2.5, -1), r.triangular(), r.triangular(0, 10, 3))
print(r.gauss(), r.gauss(), r.gauss(5, 2), r.normalvariate(), r.normalvariate(10, 3), r.lognormvariate(0, 1))
print(r.expovariate(1.5), r.vonmisesvariate(1, 2), r.gammavariate(0.5, 1), r.gammavariate(2.5, 3), r.gammavariate(1, 2), r.betavariate(2, 3))
print(r.paretovariate(3), r.weibullvariate(1, 2), r.randbytes(5), r.getrandbits(0), r.getrandbits(32), r.getrandbits(64))
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
r2 = random.Random("seed"); print(r2.random())
print(random.Random(3).sample(range(1000), 50)[:5])
