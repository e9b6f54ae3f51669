# === sorting user objects by attribute ===
class Task:
    def __init__(self, name, priority, due):
        self.name, self.priority, self.due = name, priority, due
    def __repr__(self):
        return f"{self.name}(p{self.priority},d{self.due})"
tasks = [Task("write", 2, 5), Task("test", 1, 7), Task("ship", 1, 3), Task("rest", 3, 1)]
print(sorted(tasks, key=lambda t: t.priority))
print(sorted(tasks, key=lambda t: (t.priority, t.due)))
print(sorted(tasks, key=lambda t: (-t.priority, t.name)))
print(min(tasks, key=lambda t: t.due), max(tasks, key=lambda t: (t.priority, -t.due)))

# === __lt__ only is enough for sorted/min/max ===
class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, face):
        self.face = face
    def __lt__(self, other):
        return self.ORDER.index(self.face) < self.ORDER.index(other.face)
    def __repr__(self):
        return self.face
hand = [Card(f) for f in "KA2TJ"]
print(sorted(hand), sorted(hand, reverse=True), min(hand), max(hand))

# === __eq__ without ordering fails with a clear message ===
class Plain:
    def __init__(self, v):
        self.v = v
try:
    sorted([Plain(1), Plain(2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(Plain(1), Plain(2))
except TypeError as e:
    print(type(e).__name__, e)
