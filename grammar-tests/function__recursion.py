# === classic recursion ===
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fact(n) for n in range(8)], fact(25))
print([fib(n) for n in range(15)])

# === recursion over structures ===
def depth(obj):
    if isinstance(obj, list):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0

print(depth([]), depth([1, [2, [3]]]), depth([[[[]]]]))

def total(obj):
    if isinstance(obj, dict):
        return sum(total(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(total(v) for v in obj)
    return obj if isinstance(obj, int) else 0

print(total({"a": 1, "b": [2, 3, {"c": 4}], "d": "skip", "e": (5,)}))

# === mutual recursion ===
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(3))

# === permutations and subsets ===
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out

print(perms([1, 2, 3]))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(subsets(["a", "b", "c"]))

# === hanoi ===
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])

# === moderately deep recursion is fine ===
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(500))

# === runaway recursion raises RecursionError ===
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
print("still running")
