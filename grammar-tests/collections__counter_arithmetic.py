# allow-import: collections
from collections import Counter

# === arithmetic ===
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(x=2, y=-1, z=0), -Counter(x=2, y=-1))

# === update and subtract ===
c = Counter('hello')
c.update('world')
print(sorted(c.items()))
c.subtract({'l': 5, 'z': 1})
print(sorted(c.items()))

# === total and elements ===
inv = Counter(apples=3, pears=0, plums=2)
print(inv.total(), sorted(inv.elements()))

# === missing keys are zero ===
print(inv['kiwis'], 'kiwis' in inv)
del inv['apples']
print(inv)

# === comparison ===
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=1))

# === word counts ===
text = 'the cat and the hat and the bat'
words = Counter(text.split())
print(words.most_common(2), words['the'])
print(sorted(words, key=lambda w: (-words[w], w)))
