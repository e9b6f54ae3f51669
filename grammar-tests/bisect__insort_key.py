# allow-import: bisect
import bisect

# === bisect variants ===
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 10), bisect.bisect_left(a, 0))
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, lo=5))

# === insort keeps order ===
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)

# === key functions ===
records = [('ann', 25), ('bob', 31), ('cy', 42)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]))
bisect.insort(records, ('di', 35), key=lambda r: r[1])
print(records)

# === errors ===
for f in [lambda: bisect.bisect_left([1], 1, -1), lambda: bisect.bisect([1, 'a'], 0), lambda: bisect.insort(None, 1)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
