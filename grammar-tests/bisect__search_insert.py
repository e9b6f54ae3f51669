# allow-import: bisect
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

# === searching ===
a = [1, 2, 4, 4, 4, 8, 16]
for x in [0, 1, 3, 4, 5, 16, 99]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, lo=1, hi=4), bisect_left(a, 4, hi=None))
print(bisect_left([], 5), bisect_right("aceg", "d"), bisect_left((1, 3, 5), 3))

# === grading with breakpoints ===
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# === insort ===
seq = []
for v in [5, 1, 4, 1, 3]:
    insort(seq, v)
print(seq)
insort_left(seq, 4)
insort_right(seq, 4)
insort(seq, 0, hi=0)
print(seq)

# === key functions ===
people = [("ann", 23), ("bob", 31), ("cid", 45)]
by_age = lambda p: p[1]
print(bisect_left(people, 31, key=by_age), bisect_right(people, 31, key=by_age), bisect_left(people, 50, key=by_age))
insort(people, ("dee", 30), key=by_age)
insort_left(people, ("eve", 31), key=by_age)
print(people)

# === range search in sorted timestamps ===
times = [100, 105, 110, 130, 150, 151]
lo, hi = bisect_left(times, 105), bisect_right(times, 150)
print(times[lo:hi], hi - lo)

# === errors ===
for thunk in [
    lambda: bisect_left(a, 1, -1),
    lambda: bisect_left(a),
    lambda: bisect_left(a, 1, "x"),
    lambda: bisect_right(5, 1),
    lambda: bisect_left([1, "a"], 2),
    lambda: insort((1, 2), 3),
    lambda: bisect_left(a, 1, foo=2),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
