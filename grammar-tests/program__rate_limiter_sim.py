class TokenBucket:
    def __init__(self, capacity, refill_per_tick):
        self.capacity = capacity
        self.tokens = capacity
        self.refill = refill_per_tick
        self.tick_no = 0

    def tick(self):
        self.tick_no += 1
        self.tokens = min(self.capacity, self.tokens + self.refill)

    def allow(self, cost=1):
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.events = []

    def allow(self, now):
        self.events = [t for t in self.events if t > now - self.window]
        if len(self.events) < self.limit:
            self.events.append(now)
            return True
        return False

# === requests arriving per tick ===
arrivals = [3, 0, 5, 1, 0, 0, 4, 2, 2, 0]
bucket = TokenBucket(capacity=4, refill_per_tick=1.5)
window = SlidingWindow(limit=4, window=3)
stats = {"bucket": [0, 0], "window": [0, 0]}
for t, n in enumerate(arrivals):
    b_ok = sum(bucket.allow() for _ in range(n))
    w_ok = sum(window.allow(t) for _ in range(n))
    stats["bucket"][0] += b_ok
    stats["bucket"][1] += n - b_ok
    stats["window"][0] += w_ok
    stats["window"][1] += n - w_ok
    print(f"t={t} req={n} bucket={b_ok}/{n} tokens={bucket.tokens:.1f} window={w_ok}/{n}")
    bucket.tick()
for name, (ok, rejected) in stats.items():
    print(f"{name:<7} accepted={ok:>2} rejected={rejected:>2} rate={ok / (ok + rejected):.0%}")
