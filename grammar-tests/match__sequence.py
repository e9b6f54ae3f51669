# === sequence patterns ===
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long, starts {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in ([], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7), list(range(10)), "no"):
    print(repr(s), "->", shape(s))

# === strings are not sequences for matching ===
match "ab":
    case [a, b]:
        print("matched as sequence")
    case str() as s:
        print("matched as str:", s)

# === nested sequences ===
def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case ((x1, y1), (x2, y2)):
            return f"segment from {(x1, y1)} to {(x2, y2)}"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"

for p in [(0, 0), (0, 5), (3, 0), (2, 3), ((0, 1), (2, 3)), (1, 2, 3), [7, 8]]:
    print(p, "->", classify(p))

# === star captures ===
match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match (1, 2):
    case (1, *rest):
        print("rest", rest, type(rest).__name__)
match [1]:
    case [_, *_]:
        print("non-empty list")

# === commands as sequences ===
def run(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + " and ".join(items)
        case ["look"]:
            return "looking around"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown command: {command!r}"

for c in ["go north", "take lamp key", "take", "look", "exit", "dance wildly"]:
    print(run(c))
