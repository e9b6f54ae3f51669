# === float sums in order ===
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), sum([1.0, 1e100, 1.0, -1e100]), sum(x / 10 for x in range(10)))
print(sum([1, 2.5]), sum([2.5, 1]), sum([True, 1.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, sum([], 0.0), sum([1], 0.5))

# === money with ints avoids float error ===
prices = ["19.99", "5.01", "0.10"]
cents = sum(int(p.replace(".", "")) for p in prices)
print(cents, f"{cents // 100}.{cents % 100:02d}", sum(float(p) for p in prices))

# === averages ===
scores = [88, 92.5, 79, 95]
print(sum(scores) / len(scores), round(sum(scores) / len(scores), 2))
