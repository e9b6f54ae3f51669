# allow-import: random
import random

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

# === argument errors ===
attempt("randint missing", lambda: random.randint(1))
attempt("randint extra", lambda: random.randint(1, 2, 3))
attempt("random arg", lambda: random.random(1))
attempt("getrandbits none", lambda: random.getrandbits())
attempt("getrandbits neg", lambda: random.getrandbits(-1))
attempt("getrandbits float", lambda: random.getrandbits(1.5))
attempt("gauss kw", lambda: random.gauss(mu=1, foo=2))
attempt("seed many", lambda: random.seed(1, 2, 3))
attempt("Random many", lambda: random.Random(1, 2))
attempt("choices both", lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))

# === value errors ===
attempt("choice empty", lambda: random.choice([]))
attempt("choice empty str", lambda: random.choice(""))
attempt("randrange 0", lambda: random.randrange(0))
attempt("randrange empty", lambda: random.randrange(5, 2))
attempt("randrange zero step", lambda: random.randrange(1, 10, 0))
attempt("randrange neg step empty", lambda: random.randrange(1, 10, -1))
attempt("sample set", lambda: random.sample({1, 2}, 1))
attempt("sample too big", lambda: random.sample([1, 2], 3))
attempt("sample negative", lambda: random.sample([1, 2], -1))
attempt("sample counts", lambda: random.sample(range(5), k=2, counts=[1, 1]))
attempt("choices weights len", lambda: random.choices([1, 2], [1]))
attempt("choices k positional", lambda: random.choices([1, 2], 3))
attempt("choices zero weights", lambda: random.choices([1, 2], [0, 0]))
attempt("choices empty", lambda: random.choices([], k=1))
attempt("seed list", lambda: random.seed([1]))
attempt("shuffle tuple", lambda: random.shuffle((1, 2)))
attempt("choice int", lambda: random.choice(5))
attempt("randint str", lambda: random.randint("a", 3))
attempt("uniform str", lambda: random.uniform("a", 1))
attempt("expovariate 0", lambda: random.expovariate(0))
attempt("gammavariate", lambda: random.gammavariate(-1, 1))
attempt("setstate bad", lambda: random.setstate((4, (), None)))

# === edge values that work ===
random.seed(0)
attempt("randrange neg step", lambda: random.randrange(10, 0, -3))
attempt("randrange big", lambda: random.randrange(10**30, 10**31, 7))
attempt("sample empty", lambda: random.sample([], 0))
attempt("choices k0", lambda: random.choices("ab", k=0))
attempt("triangular degenerate", lambda: random.triangular(2, 2, 2))
attempt("randint same", lambda: random.randint(4, 4))
