# === merging overlapping intervals ===
def merge(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return [tuple(r) for r in result]

cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (2, 3), (6, 9)],
    [],
    [(1, 10), (2, 3), (4, 5)],
]
for c in cases:
    print(c, "->", merge(c))

# === meeting rooms needed ===
def rooms_needed(meetings):
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    current = best = 0
    for _, delta in sorted(events):
        current += delta
        best = max(best, current)
    return best

print(rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (2, 6), (3, 7), (5, 8)]))

# === free time between busy blocks within a day ===
def free_slots(busy, day=(9, 17)):
    slots = []
    cursor = day[0]
    for s, e in merge(busy):
        if s > cursor:
            slots.append((cursor, min(s, day[1])))
        cursor = max(cursor, e)
    if cursor < day[1]:
        slots.append((cursor, day[1]))
    return [(s, e) for s, e in slots if s < e]

busy = [(9, 10), (12, 13), (12.5, 14), (16, 18)]
for s, e in free_slots(busy):
    def fmt(t):
        h = int(t)
        return f"{h:02d}:{int(round((t - h) * 60)):02d}"
    print(f"free {fmt(s)}-{fmt(e)} ({e - s}h)")

# === total covered length ===
print(sum(e - s for s, e in merge([(0, 5), (3, 8), (10, 12), (11, 11.5)])))
