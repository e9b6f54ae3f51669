# allow-import: statistics, decimal, fractions
import statistics
from decimal import Decimal
from fractions import Fraction

# === Decimal data stays Decimal ===
prices = [Decimal("19.99"), Decimal("5.25"), Decimal("7.10"), Decimal("12.00")]
print(repr(statistics.mean(prices)), repr(statistics.median(prices)))
print(repr(statistics.variance(prices)), repr(statistics.pvariance(prices)))
print(repr(statistics.stdev(prices)), repr(statistics.pstdev(prices)))
print(repr(statistics.mean([Decimal("1"), 2, 3])), repr(statistics.harmonic_mean([Decimal("2"), Decimal("4")])))

# === Fraction data stays Fraction ===
parts = [Fraction(1, 2), Fraction(1, 3), Fraction(1, 6), Fraction(3, 4)]
print(repr(statistics.mean(parts)), repr(statistics.variance(parts)), repr(statistics.pvariance(parts)))
print(statistics.stdev(parts), statistics.median(parts), statistics.median_low(parts))
print(statistics.fmean(parts), statistics.geometric_mean(parts))

# === bools and mixed ints/floats ===
print(statistics.mean([True, True, False]), statistics.variance([True, False, True, False]))
print(statistics.mean([1, 2.5, Fraction(1, 2)]), statistics.pvariance([1, 2, 3.0]))

# === type mixing errors ===
for data in ([Decimal("1.5"), 2.5], [Decimal("1"), Fraction(1, 2)]):
    try:
        statistics.mean(data)
    except TypeError as e:
        print("TypeError", e)

# === grade report with exact arithmetic ===
grades = {"ann": [Fraction(17, 20), Fraction(9, 10), Fraction(4, 5)], "bo": [Fraction(3, 5), Fraction(7, 10), Fraction(13, 20)]}
for name, gs in grades.items():
    m = statistics.mean(gs)
    print(name, m, f"{float(m):.3f}", statistics.median(gs), statistics.pstdev(gs))
