# === sequences ===
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), "".join(reversed("héllo")), list(reversed(range(1, 10, 3))))
print(list(reversed([])), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), list(reversed({"x": 9}.values())))

# === lazy, one pass ===
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__)
items = [1, 2, 3]
r = reversed(items)
items[0] = 100
print(list(r))

# === __reversed__ and __len__/__getitem__ ===
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
class Custom:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Deck())), list(reversed(Custom())))

# === palindromes ===
for w in ["level", "hello", "A man a plan"]:
    clean = [c.lower() for c in w if c.isalpha()]
    print(w, clean == list(reversed(clean)))

# === errors ===
for bad in [{1, 2}, 5, iter([1]), (x for x in "ab"), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
