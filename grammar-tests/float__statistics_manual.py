# === descriptive statistics without modules ===
data = [2.5, 3.1, 4.7, 1.2, 3.1, 5.9, 2.2, 3.1]
n = len(data)
mean = sum(data) / n
ordered = sorted(data)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2 if n % 2 == 0 else ordered[n // 2]
mode = max(set(data), key=data.count)
var = sum((x - mean) ** 2 for x in data) / (n - 1)
std = var ** 0.5
print(round(mean, 4), median, mode, round(var, 4), round(std, 4), min(data), max(data), round(max(data) - min(data), 10))
z = [round((x - mean) / std, 3) for x in data]
print(z, round(sum(z), 10))

# === percentiles by linear interpolation ===
def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)
print([round(percentile(data, p), 3) for p in (0, 25, 50, 75, 90, 100)])

# === moving average ===
window = 3
print([round(sum(data[i:i + window]) / window, 3) for i in range(n - window + 1)])
