# === an LRU cache built on a dict (insertion ordered) ===
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

# === exercise it ===
cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", 4)
print(cache, "b" in cache, len(cache))
cache.put("c", 30)
cache.put("e", 5)
print(cache)
print(f"hits={cache.hits} misses={cache.misses}")

# === memoizing a function with it ===
fib_cache = LRUCache(100)
def fib(n):
    hit = fib_cache.get(n)
    if hit is not None:
        return hit
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib_cache.put(n, result)
    return result
print(fib(60), fib_cache.hits, fib_cache.misses)

try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
