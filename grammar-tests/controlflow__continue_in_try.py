# === continue and break inside try/except/else/finally in loops ===
results = []
for raw in ["10", "x", "0", "5", "stop", "7"]:
    try:
        if raw == "stop":
            break
        value = 100 // int(raw)
    except ValueError:
        results.append(f"{raw}: not a number")
        continue
    except ZeroDivisionError:
        results.append(f"{raw}: zero")
        continue
    else:
        results.append(f"{raw}: {value}")
    finally:
        results.append("·")
print(results)

# === while loop with try and counters ===
attempts = 0
data = iter([ValueError, ValueError, None, KeyError])
while True:
    attempts += 1
    try:
        exc = next(data)
        if exc:
            raise exc("simulated")
        print("attempt", attempts, "succeeded")
        break
    except ValueError:
        print("attempt", attempts, "retrying")
        continue
print("total attempts", attempts)
