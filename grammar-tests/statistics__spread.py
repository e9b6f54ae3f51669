# allow-import: statistics, fractions
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]

# === variance and deviation ===
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 5]))

# === with known mean ===
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, mu=m))

# === exact types ===
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]), st.pvariance([1, 1, 1]))

# === z-scores ===
scores = [70, 85, 90, 65, 100, 80]
mu, sd = st.mean(scores), st.stdev(scores)
print([round((s - mu) / sd, 3) for s in scores])

# === errors ===
for f in [lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([])]:
    try:
        f()
    except st.StatisticsError as e:
        print('StatisticsError', e)
