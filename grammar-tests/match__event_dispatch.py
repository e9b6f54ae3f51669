# === event classes with __match_args__ ===
class Click:
    __match_args__ = ("x", "y", "button")
    def __init__(self, x, y, button="left"):
        self.x, self.y, self.button = x, y, button

class KeyPress:
    __match_args__ = ("key",)
    def __init__(self, key, shift=False):
        self.key, self.shift = key, shift

class Quit:
    pass

# === dispatcher using class, mapping and guard patterns ===
state = {"cursor": (0, 0), "text": "", "running": True, "log": []}

def dispatch(event):
    match event:
        case Click(x, y, "left") if x < 0 or y < 0:
            return "click outside window ignored"
        case Click(x, y, "left"):
            state["cursor"] = (x, y)
            return f"moved cursor to {state['cursor']}"
        case Click(button="right" | "middle" as b):
            return f"{b} click opens menu"
        case KeyPress("backspace"):
            state["text"] = state["text"][:-1]
            return f"text now {state['text']!r}"
        case KeyPress(key=k, shift=True) if len(k) == 1:
            state["text"] += k.upper()
            return f"typed {k.upper()!r}"
        case KeyPress(k) if len(k) == 1:
            state["text"] += k
            return f"typed {k!r}"
        case KeyPress(k):
            return f"unhandled special key {k}"
        case Quit():
            state["running"] = False
            return "quitting"
        case {"type": "batch", "events": [*events]}:
            return [dispatch(e) for e in events]
        case _:
            return f"unknown event {type(event).__name__}"

# === replay a scripted event stream ===
events = [
    Click(10, 20),
    Click(-1, 5),
    Click(3, 3, "right"),
    KeyPress("h"),
    KeyPress("i", shift=True),
    KeyPress("backspace"),
    KeyPress("f5"),
    {"type": "batch", "events": [KeyPress("o"), KeyPress("k")]},
    42,
    Quit(),
]
for ev in events:
    result = dispatch(ev)
    print(result)
print(state)
