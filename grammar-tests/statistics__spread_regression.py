# allow-import: statistics, fractions
import statistics
from statistics import variance, pvariance, stdev, pstdev
from fractions import Fraction

# === variance and standard deviation ===
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
ints = [1, 2, 3, 4, 5, 6, 7, 8]
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints))
print(variance([1, 3]), pvariance([4, 4, 4]), stdev([1, 1, 2]), pstdev([0.1, 0.2, 0.3]))
print(variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), pvariance([Fraction(1, 2), 1]))
m = statistics.mean(data)
print(variance(data, m), pvariance(data, mu=m), stdev(data, xbar=m))
print(variance([10**30, 10**30 + 2, 10**30 + 4]), stdev(range(100)), pstdev([1e10 + 1, 1e10 + 2, 1e10 + 3]))
print(variance([1, float("inf")]), pvariance([float("nan"), 1.0]))

# === covariance, correlation, regression ===
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, y))
print(statistics.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), statistics.correlation(x, [v * v for v in x]))
fit = statistics.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(fit, fit.slope, fit.intercept)
print(round(fit.slope * 2019 + fit.intercept))
slope, intercept = statistics.linear_regression([1, 2, 3], [2, 4, 6.5])
print(slope, intercept, fit[0] == fit.slope, len(fit), tuple(fit) == (fit.slope, fit.intercept))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: variance([1]))
attempt(lambda: stdev([]))
attempt(lambda: pvariance([]))
attempt(lambda: pstdev([]))
attempt(lambda: statistics.covariance([1, 2], [1]))
attempt(lambda: statistics.correlation([1], [1]))
attempt(lambda: statistics.correlation([1, 1, 1], [1, 2, 3]))
attempt(lambda: statistics.linear_regression([2, 2], [1, 3]))
attempt(lambda: statistics.linear_regression([1, 2], [1, 2, 3]))
attempt(lambda: variance(["a", "b"]))
attempt(lambda: stdev([1, float("inf")]))

# === agent-style: summary report of measurements ===
latencies = [120, 135, 98, 210, 143, 99, 101, 187, 132, 125, 118, 160]
summary = {
    "n": len(latencies),
    "mean": round(statistics.mean(latencies), 2),
    "median": statistics.median(latencies),
    "stdev": round(statistics.stdev(latencies), 3),
    "p90": statistics.quantiles(latencies, n=10)[-1],
    "iqr": statistics.quantiles(latencies)[2] - statistics.quantiles(latencies)[0],
}
for k, v in summary.items():
    print(f"{k:>7}: {v}")
outliers = [v for v in latencies if abs(v - statistics.mean(latencies)) > 1.5 * statistics.pstdev(latencies)]
print("outliers", outliers)
