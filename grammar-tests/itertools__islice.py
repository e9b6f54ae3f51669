# allow-import: itertools
from itertools import islice, count

# === basic forms ===
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 50, 10)))

# === infinite sources ===
print(list(islice(count(5, 3), 5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(islice(fib(), 15)))

# === chunking ===
def chunks(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk
print(list(chunks(range(10), 4)))

# === consumes the iterator ===
it = iter(range(10))
print(list(islice(it, 3)), next(it))

# === errors ===
for args in [(-1,), (1, -2), (0, 5, 0), ('a',)]:
    try:
        islice(range(5), *args)
    except ValueError as e:
        print('ValueError', e)
