def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return "scroll up"
        case {"type": "scroll"}:
            return "scroll down"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a", "ctrl": True, "shift": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 3},
    {"type": "resize"},
    {"size": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))

# === **rest captures remaining keys as a new dict ===
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest, type(rest).__name__)

# === keys can be literals and dotted names ===
class Keys:
    NAME = "name"
match {"name": "widget", 1: "one"}:
    case {Keys.NAME: n, 1: v}:
        print(n, v)
