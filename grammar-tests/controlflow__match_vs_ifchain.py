# === equivalent dispatch written with if and with match ===
def area_if(shape):
    kind = shape[0]
    if kind == "circle":
        return round(3.14159 * shape[1] ** 2, 2)
    elif kind == "rect":
        return shape[1] * shape[2]
    elif kind == "square":
        return shape[1] ** 2
    return None

def area_match(shape):
    match shape:
        case ("circle", r):
            return round(3.14159 * r ** 2, 2)
        case ("rect", w, h):
            return w * h
        case ("square", s):
            return s ** 2
        case _:
            return None

shapes = [("circle", 1), ("rect", 2, 3), ("square", 4), ("hexagon", 1)]
for s in shapes:
    print(s, area_if(s), area_match(s), area_if(s) == area_match(s))

# === state machine loop ===
state = "start"
trace = []
events = iter(["go", "pause", "go", "stop", "go"])
while state != "end":
    trace.append(state)
    ev = next(events, None)
    if ev is None:
        break
    if state == "start" and ev == "go":
        state = "running"
    elif state == "running" and ev == "pause":
        state = "paused"
    elif state == "paused" and ev == "go":
        state = "running"
    elif ev == "stop":
        state = "end"
trace.append(state)
print(" -> ".join(trace))
