# A suspended generator is off the call stack: thousands of started,
# unfinished generators do not count toward the recursion limit.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

gens = [counter(3) for _ in range(3000)]
print(sum(next(g) for g in gens))
print(sum(next(g) for g in gens))


# Deep recursion through generators still ends in RecursionError.
def walk(n):
    if n:
        yield from walk(n - 1)
    else:
        yield "bottom"

try:
    print(next(walk(5000)))
except RecursionError as e:
    print("RecursionError:", e)
print(next(walk(50)))
