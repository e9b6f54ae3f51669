# allow-import: functools
import functools
from functools import wraps, total_ordering, cmp_to_key, update_wrapper

# === wraps keeps metadata ===
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def run(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return run
    return deco
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "ok"
print(flaky(), flaky.__name__)

def plain(x):
    "plain doc"
    return x
def shim(*a):
    return plain(*a)
update_wrapper(shim, plain)
print(shim.__name__, shim.__doc__, shim(9))

# === total_ordering ===
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version("2.0"), a >= Version("2.0"))

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __gt__(self, other):
        return self.cents > other.cents
m1, m2 = Money(100), Money(250)
print(m1 < m2, m1 <= m2, m2 >= m1, m1 > m2, m1 >= Money(100))

@total_ordering
class Rank:
    order = ["low", "mid", "high"]
    def __init__(self, name):
        self.i = Rank.order.index(name)
    def __eq__(self, other):
        return self.i == other.i
    def __le__(self, other):
        return self.i <= other.i
print(Rank("low") < Rank("high"), Rank("high") > Rank("mid"), Rank("mid") >= Rank("mid"), Rank("mid") < Rank("mid"))

# === cmp_to_key ===
def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj)

# === errors ===
class NoOrder:
    pass
for thunk in [
    lambda: total_ordering(NoOrder),
    lambda: hash(K(1)),
    lambda: wraps(),
    lambda: cmp_to_key(),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
