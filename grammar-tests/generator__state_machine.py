# === generator as a tokenizer state machine ===
def tokens(text):
    buf = ""
    kind = None
    for ch in text + " ":
        new_kind = "num" if ch.isdigit() else "word" if ch not in " +-*/()" else "sym" if ch != " " else None
        if new_kind != kind or kind == "sym":
            if buf:
                yield kind, buf
            buf = ""
        if new_kind:
            buf += ch
        kind = new_kind

print(list(tokens("x1 = 42+y*(7 - 3)")))

# === traffic light cycle with durations ===
def traffic_light():
    while True:
        yield "green", 3
        yield "yellow", 1
        yield "red", 2

light = traffic_light()
timeline = []
t = 0
while t < 12:
    color, duration = next(light)
    timeline.append(f"t={t}:{color}")
    t += duration
print(timeline)

# === generator keeping running statistics ===
def running_stats(values):
    count = 0
    total = 0
    lo = hi = None
    for v in values:
        count += 1
        total += v
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi
        yield count, total / count, lo, hi

for stats in running_stats([5, 3, 8, 1]):
    print(stats)

# === generator with early exit and return value reported ===
def read_until_blank(lines):
    consumed = 0
    for line in lines:
        if not line:
            return consumed
        consumed += 1
        yield line.upper()
    return consumed

def drive(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            return out, stop.value

print(drive(read_until_blank(["a", "b", "", "c"])))
print(drive(read_until_blank(["x"])))
