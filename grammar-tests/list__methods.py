# === building ===
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.insert(0, 2)
xs.insert(100, 6)
xs.insert(-1, 7)
print(xs)

# === removing ===
print(xs.pop(), xs.pop(0), xs.pop(-2))
print(xs)
xs.remove(1)
print(xs)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)

# === searching ===
ys = ["a", "b", "c", "b"]
print(ys.index("b"), ys.index("b", 2), ys.count("b"), ys.count("z"), "c" in ys)
try:
    ys.index("z")
except ValueError as e:
    print("ValueError:", e)

# === sort and reverse ===
nums = [5, -2, 9, 0, -7]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=lambda w: (len(w), w.lower()))
print(words)
words.reverse()
print(words)
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))

# === copy and clear ===
a = [[1], [2]]
b = a.copy()
b.append([3])
b[0].append(99)
print(a, b)
b.clear()
print(b, len(b))

# === pop from empty ===
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

# === operators ===
print([1, 2] + [3], [0] * 4, [1, 2] * 0, [[0] * 2] * 2, 3 * [None])
print(len([1, [2, 3]]), min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3], 10))
