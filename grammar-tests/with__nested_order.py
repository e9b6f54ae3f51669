events = []

class Step:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            events.append(f"enter {self.name} FAILED")
            raise RuntimeError(f"cannot enter {self.name}")
        events.append(f"enter {self.name}")
        return self.name

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        events.append(f"exit {self.name} ({kind})")
        return self.suppress

def run(label, body):
    events.clear()
    try:
        body()
        events.append("completed")
    except Exception as e:
        events.append(f"escaped {type(e).__name__}: {e}")
    print(label)
    for ev in events:
        print("  ", ev)

# === exit order is reverse of enter order ===
def three():
    with Step("a") as a, Step("b") as b, Step("c") as c:
        events.append(f"body {a}{b}{c}")
run("three managers", three)

# === inner manager suppresses, outer sees nothing ===
def inner_suppress():
    with Step("outer"):
        with Step("inner", suppress=True):
            raise ValueError("boom")
        events.append("after inner block")
run("inner suppresses", inner_suppress)

# === outer suppresses after inner passes exception along ===
def outer_suppress():
    with Step("outer", suppress=True):
        with Step("inner"):
            raise KeyError("k")
        events.append("not reached")
    events.append("after outer block")
run("outer suppresses", outer_suppress)

# === failure in __enter__ of second manager: first one still exits ===
def enter_fails():
    with Step("first"), Step("second", fail_enter=True):
        events.append("body not reached")
run("second enter fails", enter_fails)

# === with inside a loop with break and exception ===
def looped():
    for i in range(3):
        with Step(f"loop{i}", suppress=(i == 1)):
            if i == 1:
                raise ValueError("suppressed in loop")
            if i == 2:
                break
run("looped", looped)

# === return value of function from inside with ===
def returns():
    with Step("r"):
        return "value"
events.clear()
print(returns(), events)
