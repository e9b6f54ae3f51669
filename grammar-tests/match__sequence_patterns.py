def parse(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *rest] if rest:
            return f"too many directions: {rest}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items, "carefully"]:
            return f"carefully dropping {items}"
        case ["drop", *items]:
            return f"dropping {items}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["", "quit", "exit", "go north", "go north east", "pick up lamp", "take key",
          "drop a b carefully", "drop x", "dance wildly"]:
    print(repr(c), "->", parse(c))

# === tuples and lists match alike, strings do not match sequences ===
def seq(v):
    match v:
        case (a, b):
            return f"pair {a},{b}"
        case [a, b, c]:
            return f"triple {a},{b},{c}"
        case _:
            return "no match"

print(seq((1, 2)), seq([1, 2]), seq([1, 2, 3]), seq("ab"), seq(range(2)), seq({1: 2, 3: 4}))

# === nested sequence patterns ===
def nested(v):
    match v:
        case [(x1, y1), (x2, y2)]:
            return f"segment ({x1},{y1})-({x2},{y2})"
        case [[a], [b, c]]:
            return f"ragged {a} {b} {c}"
    return "none"

print(nested([(0, 0), (3, 4)]), nested([[1], [2, 3]]), nested([[1, 2], [3]]), nested([]))
