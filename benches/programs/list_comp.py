# Micro: list comprehensions of 10**5 elements, built 10 times.
total = 0
for rep in range(10):
    squares = [i * i + rep for i in range(10**5)]
    evens = [s for s in squares if s % 2 == 0]
    total += len(evens) + squares[-1]
print(total)
