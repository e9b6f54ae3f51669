# allow-import: statistics
import statistics as st

# === median family ===
for data in [[1, 3, 5], [1, 3, 5, 7], [5], [2.5, 1.5], [1, 2, 2, 3, 4]]:
    print(data, st.median(data), st.median_low(data), st.median_high(data))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))

# === mode and multimode ===
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.mode([1, 2, 3]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1]))

# === on strings and dates ===
print(st.median_low(['b', 'a', 'c', 'd']), st.mode(['red', 'blue', 'red']))

# === errors ===
for f in [lambda: st.median([]), lambda: st.mode([]), lambda: st.median_low([])]:
    try:
        f()
    except st.StatisticsError as e:
        print('StatisticsError', e, isinstance(e, ValueError))
