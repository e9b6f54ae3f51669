# allow-import: statistics, fractions, decimal
import statistics as st
from fractions import Fraction
from decimal import Decimal

# === mean keeps types ===
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3, 4.0]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([Decimal('0.5'), Decimal('0.25')]))
print(type(st.mean([1, 2])).__name__, st.mean([True, False, True]))

# === fmean, geometric, harmonic ===
print(st.fmean([1, 2, 3]), st.fmean([1, 2, 3], weights=[3, 1, 1]) if False else st.fmean([3.5, 4.0, 5.25]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([60, 40], weights=[1, 3]) if False else st.harmonic_mean([2.5, 3, 10]))

# === averages of a report ===
temps = {'mon': 21.5, 'tue': 23.0, 'wed': 19.5, 'thu': 22.0, 'fri': 24.5}
vals = list(temps.values())
print(f'mean={st.mean(vals):.2f} median={st.median(vals)} max_day={max(temps, key=temps.get)}')

# === errors ===
for f in [lambda: st.mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([1, -1]), lambda: st.fmean([])]:
    try:
        f()
    except st.StatisticsError as e:
        print('StatisticsError', e)
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
