# === classic recursion ===
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fact(20), fib(80))

# === mutual recursion ===
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(k) for k in range(6)], is_odd(99))

# === recursion over nested data ===
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0

print(flatten([1, [2, (3, [4, []]), 5], [[6]]]))
print(depth({"a": [1, {"b": []}], "c": 2}), depth([]), depth(5))

# === permutations and subsets ===
def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(perms([1, 2, 3]))
print(sorted(subsets(["a", "b", "c"]), key=lambda s: (len(s), s)))

# === hanoi move count and first moves ===
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

m = hanoi(5, "A", "C", "B", [])
print(len(m), m[:5])
