# === __repr__ vs __str__ ===
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank} of {self.suit}"

c = Card("Q", "hearts")
print(c)
print(repr(c), str(c))
print([c, Card("10", "spades")])
print(f"{c} | {c!r} | {[c]}")

# === only __repr__ defined: str uses it ===
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

o = OnlyRepr()
print(o, str(o), [o], f"{o}")

# === only __str__ defined: containers use default repr, so print the str ===
class OnlyStr:
    def __str__(self):
        return "only-str"

print(OnlyStr(), f"{OnlyStr()}", str(OnlyStr()))

# === nested reprs ===
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val}, {self.children})"
        return f"Node({self.val})"

print(Node(1, [Node(2), Node(3, [Node(4)])]))
print({"root": Node(0)}, (Node(5),))

# === __str__ returning non-string is an error ===
class Broken:
    def __str__(self):
        return 42
try:
    str(Broken())
except TypeError as e:
    print("TypeError:", e)

# === __format__ not defined: format spec on object ===
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()!s:>10}|")
