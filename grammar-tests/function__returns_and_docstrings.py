# === implicit None ===
def nothing():
    pass

def early(x):
    if x:
        return
    print("not returned early")

print(nothing(), early(1), early(0))

# === multiple return values ===
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean, stats([1]))

# === docstrings ===
def documented(a):
    """Return a doubled."""
    return a * 2

print(documented.__doc__, documented(21))

# === functions are objects ===
def square(x):
    return x * x

ops = [square, abs, str, len]
print([f(-3) if f is not len else f("abc") for f in ops])
alias = square
print(alias(9), alias is square, square.__name__, callable(square), callable(3))

# === functions defining functions ===
def power(exp):
    def inner(base):
        return base ** exp
    inner.__name__ = f"power_{exp}"
    return inner

cube = power(3)
print(cube(3), cube.__name__, [power(e)(2) for e in range(5)])

# === returning from nested loops ===
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))

# === recursion with accumulator default ===
def collect(n, acc=None):
    acc = [] if acc is None else acc
    if n == 0:
        return acc
    acc.append(n)
    return collect(n - 1, acc)

print(collect(5), collect(0))

# === higher-order functions ===
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b: a - b, [10, 20], [1, 2])))
