# Micro: a chain of generator functions and generator expressions.
def numbers(n):
    for i in range(n):
        yield i

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def scaled(xs, k):
    for x in xs:
        yield x * k

pipeline = (x + 1 for x in scaled(evens(numbers(400000)), 3) if x % 5 != 0)
print(sum(pipeline), max(y % 1000 for y in scaled(numbers(100000), 7)))
