# === an exception raised inside a generator surfaces at the consumer ===
def parse_numbers(lines):
    for i, line in enumerate(lines, 1):
        yield i, float(line)

total = 0.0
for lineno, value in parse_numbers(["1.5", "2.25", "three", "4"]):
    total += value
    print(f"line {lineno}: {value} (running {total})")
