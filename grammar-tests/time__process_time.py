# allow-import: time
import time

# === process_time counts CPU, not sleep ===
t0 = time.process_time()
time.sleep(0.05)
t1 = time.process_time()
print('sleep costs little CPU:', t1 - t0 < 0.03)

# === busy work advances it ===
t0 = time.process_time()
total = 0
for i in range(200000):
    total += i * i
t1 = time.process_time()
print('work advanced:', t1 > t0, total)

# === types ===
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.process_time_ns() >= 0, time.process_time() >= 0)

# === monotonic versus process ===
w0, c0 = time.monotonic(), time.process_time()
time.sleep(0.05)
w1, c1 = time.monotonic(), time.process_time()
print('wall advanced more:', (w1 - w0) > (c1 - c0))
