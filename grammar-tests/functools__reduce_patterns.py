# allow-import: functools, operator
from functools import reduce, partial
import operator

# === folds ===
print(reduce(operator.add, range(1, 11)), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(max, [3, 9, 2, 7]), reduce(operator.add, [], 'empty'))

# === merging dicts ===
dicts = [{'a': 1}, {'b': 2}, {'a': 3, 'c': 4}]
print(reduce(lambda a, b: {**a, **b}, dicts, {}))

# === function composition ===
def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs)
pipeline = compose(str.strip, str.lower, partial(str.replace, old=' ', new='_') if False else (lambda s: s.replace(' ', '_')))
print(pipeline('  Hello World  '))

# === nested access ===
data = {'a': {'b': {'c': 42}}}
print(reduce(operator.getitem, ['a', 'b', 'c'], data))

# === partial ===
int2 = partial(int, base=2)
print(int2('1011'), int2('11', base=10), int2.func is int, int2.keywords)
p = partial(partial(pow, 2), 10)
print(p(), p.args)

# === errors ===
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError', e)
try:
    partial()
except TypeError as e:
    print('TypeError', e)
