# allow-import: statistics, fractions
import statistics
from statistics import mean, fmean, median, mode, StatisticsError
from fractions import Fraction

# === mean keeps the input type ===
print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([1, 2]), mean([0.1, 0.2, 0.3]), mean([1, 2.5]))
print(mean([Fraction(1, 3), Fraction(1, 6)]), mean([Fraction(1, 2), 1]), mean([Fraction(1, 2), 0.25]))
print(mean([True, False, True]), mean(range(10)), mean(iter([5, 7])), mean([10**20, 10**20 + 1]))
print(mean([1e308, 1e308]), mean([0.1] * 10), mean([float("inf"), 1]), mean([1, float("nan")]))
print(fmean([1, 2, 3, 4]), fmean([0.1] * 10), fmean(iter([3.5, 4.5])), fmean([1, 2, 3], weights=[3, 2, 1]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1, 10, 100]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.harmonic_mean([5]), statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 4)]))

# === medians ===
data = [7, 1, 3, 5, 9, 2]
print(median(data), statistics.median_low(data), statistics.median_high(data), median([3, 1, 2]))
print(median([1.5, 2.5]), median([Fraction(1, 2), Fraction(1, 3)]), median(["b", "a", "c"]))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))

# === mode and multimode ===
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red"]), mode("aabbbcc"), mode([1.5, 2.5]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]), statistics.multimode([3, 1, 2]))

# === quantiles ===
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(statistics.quantiles(scores, n=10))
print(statistics.quantiles(scores, n=4, method="inclusive"))
print(statistics.quantiles([1, 2], n=3), statistics.quantiles([1.0, 5.0, 9.0]), statistics.quantiles([1, 2, 3], n=1))
print(statistics.quantiles([Fraction(1), Fraction(2), Fraction(4)], n=4))

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: mean([]))
attempt(lambda: fmean([]))
attempt(lambda: median([]))
attempt(lambda: mode([]))
attempt(lambda: statistics.harmonic_mean([]))
attempt(lambda: statistics.harmonic_mean([1, -2]))
attempt(lambda: statistics.harmonic_mean(["x"]))
attempt(lambda: statistics.geometric_mean([1, 0]))
attempt(lambda: statistics.geometric_mean([]))
attempt(lambda: mean(["a", "b"]))
attempt(lambda: mean([1, "a"]))
attempt(lambda: statistics.quantiles([1], n=4))
attempt(lambda: statistics.quantiles([1, 2], n=0))
attempt(lambda: statistics.quantiles([1, 2], method="median"))
attempt(lambda: fmean([1, 2], weights=[1]))
attempt(lambda: fmean([1, 2], weights=[1, -1]))
attempt(lambda: mean())
attempt(lambda: median([1], [2]))
print(issubclass(StatisticsError, ValueError))
try:
    mean([])
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
