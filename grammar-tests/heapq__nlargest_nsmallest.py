# allow-import: heapq
import heapq

nums = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]

# === nlargest / nsmallest ===
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, [3, 1]))

# === with key ===
people = [('ann', 31), ('bob', 25), ('cy', 42), ('di', 25), ('ed', 38)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, ['pear', 'fig', 'banana', 'kiwi'], key=len))

# === stability on ties ===
print(heapq.nsmallest(3, [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'c')], key=lambda t: t[0]))

# === top words ===
counts = {'the': 10, 'cat': 3, 'sat': 3, 'on': 5, 'mat': 1}
print(heapq.nlargest(3, counts, key=counts.get))

# === heapify / heappop order ===
h = nums[:]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
