# allow-import: itertools
from itertools import count, cycle, repeat, islice

# === count ===
print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1, 2)))

# === cycle ===
print(list(islice(cycle('ABC'), 8)), list(cycle([])))
colors = cycle(['red', 'green'])
print([(i, next(colors)) for i in range(3)])

# === repeat ===
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -3)), repr(repeat(2, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip('abc', repeat(0))))

# === enumerate labels ===
for n, item in zip(count(1), ['eggs', 'milk', 'bread']):
    print(f'{n}. {item}')

# === round robin dealing ===
players = cycle(['ann', 'bob', 'cy'])
hands = {}
for card in range(7):
    hands.setdefault(next(players), []).append(card)
print(hands)

# === errors ===
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
try:
    repeat()
except TypeError as e:
    print('TypeError', e)
