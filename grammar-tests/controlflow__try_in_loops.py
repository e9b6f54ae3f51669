# === continue and break inside try/except/finally ===
def process(values):
    results = []
    for v in values:
        try:
            if v is None:
                continue
            if v == "stop":
                break
            results.append(10 // v)
        except ZeroDivisionError:
            results.append("div0")
            continue
        except TypeError:
            results.append("type")
        finally:
            results.append(f"f({v})")
    return results

print(process([1, None, 0, "x", 5, "stop", 7]))

# === return in finally overrides ===
def overrides():
    for i in range(3):
        try:
            return f"try {i}"
        finally:
            if i == 0:
                continue
    return "after loop"

print(overrides())

# === retry loop ===
attempts = iter([ValueError("bad"), KeyError("k"), "ok"])

def flaky():
    x = next(attempts)
    if isinstance(x, Exception):
        raise x
    return x

for attempt in range(1, 5):
    try:
        result = flaky()
    except (ValueError, KeyError) as e:
        print(f"attempt {attempt} failed: {type(e).__name__}: {e}")
    else:
        print(f"attempt {attempt} succeeded: {result}")
        break
else:
    print("gave up")
