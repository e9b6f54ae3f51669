# === exception raised inside a generator reaches the consumer ===
def parse_all(items):
    for item in items:
        yield int(item)

results = []
try:
    for v in parse_all(["1", "2", "three", "4"]):
        results.append(v)
except ValueError as e:
    print("stopped:", e)
print(results)

# === generator handling its own errors ===
def parse_safe(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            yield None

print(list(parse_safe(["1", "x", "3"])))

# === generator is finished after raising ===
g = parse_all(["1", "bad", "3"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))

# === try/finally inside generator runs on normal completion ===
def with_footer(items):
    try:
        yield from items
    finally:
        print("  footer printed")

print(list(with_footer([1, 2])))

# === exceptions in comprehension conditions ===
data = [1, 0, 2]
try:
    print([10 / d for d in data if 10 / d > 1])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# === collecting errors per item ===
def risky(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    if x == 0:
        raise ZeroDivisionError("zero")
    return 100 // x

ok, failed = [], []
for x in [5, -1, 0, 20, -7]:
    try:
        ok.append(risky(x))
    except (ValueError, ZeroDivisionError) as e:
        failed.append((x, type(e).__name__, str(e)))
print(ok)
print(failed)

# === break from a loop inside try/except/else ===
class ConnectionFailed(Exception):
    pass

for attempt in range(1, 5):
    try:
        if attempt < 3:
            raise ConnectionFailed(f"attempt {attempt}")
    except ConnectionFailed as e:
        print("retrying after", e)
    else:
        print("connected on attempt", attempt)
        break
