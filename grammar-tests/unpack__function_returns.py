# === functions returning tuples ===
def divide(a, b):
    return a // b, a % b

q, r = divide(17, 5)
print(q, r)
result = divide(17, 5)
print(result, type(result).__name__)

# === returning lists and unpacking with star ===
def split_name(full):
    return full.split()

first, *middle, last = split_name("John Ronald Reuel Tolkien")
print(first, middle, last)
first, *middle, last = split_name("Ada Lovelace")
print(first, middle, last)

# === nested returns ===
def bounds(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys)), (max(xs), max(ys))

(x0, y0), (x1, y1) = bounds([(1, 5), (-2, 3), (4, -1)])
print(x0, y0, x1, y1)

# === unpacking in for over function results ===
def pairs(n):
    return [(i, i * i) for i in range(n)]

for i, sq in pairs(4):
    print(f"{i}^2={sq}", end="  ")
print()

# === swapping via function ===
def swap(a, b):
    return b, a

x, y = swap("left", "right")
print(x, y)

# === ignoring values with underscore ===
_, remainder = divide(100, 7)
*_, final = range(10)
print(remainder, final, _)

# === unpacking dict items returned by function ===
def stats(xs):
    return {"min": min(xs), "max": max(xs), "mean": sum(xs) / len(xs)}

for key, value in stats([2, 4, 9]).items():
    print(key, value)
lo, hi, mean = stats([2, 4, 9]).values()
print(lo, hi, mean)

# === generator return unpacked ===
def gen_three():
    yield "a"
    yield "b"
    yield "c"

a, b, c = gen_three()
head, *tail = gen_three()
print(a + b + c, head, tail)
