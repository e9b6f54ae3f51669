# allow-import: time
import time

# === clocks move forward ===
t0, m0, p0, n0 = time.time(), time.monotonic(), time.perf_counter(), time.time_ns()
time.sleep(0.02)
t1, m1, p1, n1 = time.time(), time.monotonic(), time.perf_counter(), time.time_ns()
print(t1 > 1.7e9, type(t0).__name__, type(n0).__name__, type(time.monotonic_ns()).__name__)
print(m1 - m0 >= 0.019, p1 - p0 >= 0.019, n1 - n0 >= 19_000_000, t1 >= t0)
print(abs(n0 / 1e9 - t0) < 1.0, time.perf_counter_ns() > 0, time.process_time() >= 0)

# === sleep arguments ===
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
for bad in [-1, -0.5, "1", None, [1], float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError:", e)

# === timing a loop ===
start = time.perf_counter()
total = sum(i * i for i in range(1000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, f"{0.0:.3f}s")

# === module constants (UTC) ===
print(time.timezone, time.altzone, time.daylight, time.tzname)
