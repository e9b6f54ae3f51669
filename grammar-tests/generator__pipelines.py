LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 85%
2024-01-02 ERROR disk full
2024-01-02 INFO retry
2024-01-03 ERROR network down
2024-01-03 INFO recovered"""

# === stages as generators ===
def read_lines(text):
    for line in text.split("\n"):
        yield line

def parse(lines):
    for line in lines:
        date, level, msg = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": msg}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

def numbered(items, start=1):
    n = start
    for item in items:
        yield n, item
        n += 1

for n, rec in numbered(only("ERROR", parse(read_lines(LOG)))):
    print(n, rec["date"], rec["msg"])

# === counting by level via a pipeline ===
counts = {}
for rec in parse(read_lines(LOG)):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)

# === windowed pairs ===
def pairwise(items):
    it = iter(items)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise([1])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

# === generator laziness shown through prints ===
def noisy(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

def doubled(items):
    for x in items:
        print(f"  double {x}")
        yield x * 2

pipeline = doubled(noisy(3))
print("pipeline built")
for v in pipeline:
    print("consume", v)

# === chain and interleave ===
def chain(*iterables):
    for it in iterables:
        yield from it

def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return

print(list(chain([1, 2], "ab", range(2))))
print(list(interleave([1, 2, 3, 4], "ab")), list(interleave([], [7])))
