class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back after {et.__name__}: {ev}")
            return True
        print("  committed")
        return False

# === commit and rollback ===
db = {"alice": 100, "bob": 50}
with Transaction(db) as d:
    d["alice"] -= 30
    d["bob"] += 30
print(db)
with Transaction(db) as d:
    d["alice"] -= 500
    if d["alice"] < 0:
        raise ValueError("overdraft")
print(db)

# === timer-like manager counting calls instead of time ===
class Counter:
    def __init__(self):
        self.entries = 0
        self.depth = 0
    def __enter__(self):
        self.entries += 1
        self.depth += 1
        return self
    def __exit__(self, *exc):
        self.depth -= 1

c = Counter()
with c:
    with c:
        print("depth inside", c.depth)
print("entries", c.entries, "depth after", c.depth)

# === lock-like manager reused ===
class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
    def __exit__(self, *exc):
        self.held = False

lock = Lock()
with lock:
    try:
        with lock:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print("held after:", lock.held)
