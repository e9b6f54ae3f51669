# === deterministic bank queue simulation (no randomness) ===
# customers: (arrival minute, service minutes)
customers = [(0, 5), (1, 3), (2, 8), (3, 2), (4, 4), (10, 1), (11, 6), (12, 2), (20, 3)]

def simulate(customers, tellers):
    free_at = [0] * tellers
    waits = []
    timeline = []
    for i, (arrive, service) in enumerate(customers):
        teller = min(range(tellers), key=lambda t: (free_at[t], t))
        start = max(arrive, free_at[teller])
        free_at[teller] = start + service
        waits.append(start - arrive)
        timeline.append((i, teller, arrive, start, start + service))
    return waits, timeline, max(free_at)

for tellers in (1, 2, 3):
    waits, timeline, done = simulate(customers, tellers)
    avg = sum(waits) / len(waits)
    print(f"tellers={tellers} avg_wait={avg:.2f} max_wait={max(waits)} finished_at={done}")

# === detailed timeline for two tellers ===
_, timeline, _ = simulate(customers, 2)
print(f"{'cust':>4} {'tel':>3} {'arr':>4} {'start':>5} {'end':>4}")
for row in timeline:
    print(f"{row[0]:>4} {row[1]:>3} {row[2]:>4} {row[3]:>5} {row[4]:>4}")

# === utilisation per teller ===
busy = {}
for _, teller, _, start, end in timeline:
    busy[teller] = busy.get(teller, 0) + (end - start)
span = max(r[4] for r in timeline)
for teller in sorted(busy):
    print(f"teller {teller}: busy {busy[teller]} of {span} min ({busy[teller] / span:.0%})")

# === queue length at each minute ===
lengths = []
for minute in range(0, span + 1, 4):
    waiting = sum(1 for _, _, arr, start, _ in timeline if arr <= minute < start)
    lengths.append(f"{minute}:{waiting}")
print(" ".join(lengths))
