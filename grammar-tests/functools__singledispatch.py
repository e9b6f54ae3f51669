# allow-import: functools
from functools import singledispatch, singledispatchmethod

# === dispatch on type ===
@singledispatch
def describe(x):
    return f'object {x!r}'

@describe.register(int)
def _(x):
    return f'int {x}'

@describe.register(list)
def _(x):
    return f'list of {len(x)}'

def describe_str(x):
    return f'str {x!r}'
print(describe.register(str, describe_str) is describe_str)

for v in [1, True, 'hi', [1, 2], 2.5, None, (1,)]:
    print(describe(v))

# === subclasses use the nearest registration ===
class Animal: pass
class Dog(Animal): pass
@describe.register(Animal)
def _(x):
    return 'animal ' + type(x).__name__
print(describe(Dog()), describe(Animal()))

# === dispatch and registry ===
print(describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(float) is describe.registry[object])
print(sorted(c.__name__ for c in describe.registry))
print(describe.__name__)

# === errors ===
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(42)
except TypeError as e:
    print(str(e).split(':')[0])

# === singledispatchmethod ===
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'other'
    @fmt.register(int)
    def _(self, arg):
        return f'{arg:,}'
    @fmt.register(float)
    def _(self, arg):
        return f'{arg:.2f}'
f = Formatter()
print(f.fmt(1234567), f.fmt(3.14159), f.fmt('x'))
