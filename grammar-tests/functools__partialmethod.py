# allow-import: functools
from functools import partialmethod, partial

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, note=''):
        self.state = state
        return f'{state}{note}'
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='!')

# === bound through the instance ===
c = Cell()
print(c.set_alive(), c.state)
print(c.set_dead(), c.state)
print(c.set_alive(note='?'))

# === keywords override ===
class Greeter:
    def greet(self, greeting, name, punct='.'):
        return f'{greeting}, {name}{punct}'
    hello = partialmethod(greet, 'Hello')
    shout = partialmethod(greet, 'HEY', punct='!!')
g = Greeter()
print(g.hello('Ann'), g.shout('Bob'), g.shout('Cy', punct='?'))

# === partial still works on functions ===
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(7), [square(i) for i in range(5)])
print(square.args, square.keywords)

# === errors ===
try:
    partialmethod(5)
except TypeError as e:
    print(e)
