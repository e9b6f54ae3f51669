# === a discrete event simulation with a sorted event list ===
class Event:
    _seq = 0
    def __init__(self, time, kind, payload=None):
        self.time, self.kind, self.payload = time, kind, payload
        Event._seq += 1
        self.seq = Event._seq
    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)
    def __repr__(self):
        return f"Event({self.time}, {self.kind!r})"

class Simulator:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []

    def schedule(self, delay, kind, payload=None):
        ev = Event(self.now + delay, kind, payload)
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = self.queue.pop(0)
            self.now = ev.time
            handler = getattr(self, "on_" + ev.kind, None)
            if handler is None:
                self.log.append(f"t={self.now:>3} unknown event {ev.kind}")
                continue
            handler(ev.payload)

class Bakery(Simulator):
    def __init__(self):
        super().__init__()
        self.waiting = []
        self.served = 0

    def on_arrive(self, who):
        self.waiting.append(who)
        self.log.append(f"t={self.now:>3} {who} arrives (queue {len(self.waiting)})")
        if len(self.waiting) == 1:
            self.schedule(4, "serve")

    def on_serve(self, _):
        who = self.waiting.pop(0)
        self.served += 1
        self.log.append(f"t={self.now:>3} {who} served")
        if self.waiting:
            self.schedule(4, "serve")

b = Bakery()
for t, who in [(0, "ann"), (1, "bob"), (2, "cy"), (10, "dee"), (11, "eve")]:
    b.schedule(t, "arrive", who)
b.schedule(5, "inspect")
b.run(until=20)
print("\n".join(b.log))
print("served", b.served, "still waiting", b.waiting, "pending", b.queue)
