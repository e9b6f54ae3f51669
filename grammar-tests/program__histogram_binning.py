samples = [2.3, 4.1, 4.4, 5.0, 5.2, 5.9, 6.1, 6.3, 6.8, 7.0, 7.7, 8.2, 9.9, 1.0, 3.3, 6.6, 5.5, 5.1]

# === fixed-width bins ===
def histogram(data, lo, hi, nbins):
    width = (hi - lo) / nbins
    counts = [0] * nbins
    outliers = []
    for x in data:
        if not lo <= x < hi:
            outliers.append(x)
            continue
        counts[int((x - lo) // width)] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)], outliers

bins, out = histogram(samples, 1.0, 9.0, 4)
for a, b, c in bins:
    print(f"[{a:4.1f}, {b:4.1f}) {c:>2} {'#' * c}")
print("outliers:", out)

# === summary statistics by hand ===
n = len(samples)
mean = sum(samples) / n
ordered = sorted(samples)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
var = sum((x - mean) ** 2 for x in samples) / (n - 1)
print(f"n={n} mean={mean:.3f} median={median} sd={var ** 0.5:.3f} range={ordered[0]}..{ordered[-1]}")

# === quartiles with linear interpolation ===
def quantile(sorted_data, q):
    pos = (len(sorted_data) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_data) - 1)
    return sorted_data[lo] + (sorted_data[hi] - sorted_data[lo]) * (pos - lo)

print([round(quantile(ordered, q), 3) for q in (0, 0.25, 0.5, 0.75, 1)])

# === mode over rounded values ===
rounded = [round(x) for x in samples]
freq = {}
for r in rounded:
    freq[r] = freq.get(r, 0) + 1
top = max(freq.values())
print(sorted(k for k, v in freq.items() if v == top), top)
