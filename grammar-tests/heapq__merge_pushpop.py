# allow-import: heapq
import heapq

# === merge sorted streams ===
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['apple', 'fig'], ['banana', 'kiwi'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))

# === pushpop and replace ===
h = [1, 3, 5]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h)
print(heapq.heapreplace(h, 10), h)

# === running median ===
lo, hi, meds = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    meds.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(meds)

# === errors ===
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, 'a'], 2), lambda: heapq.heapify(5)]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
