# Big-int sums and differences in loops: each result is a new int, whatever
# the interpreter does with the ones freed before it.
a, b = 0, 1
keep = []
for i in range(300):
    a, b = b, a + b
    if i % 50 == 0:
        keep.append(a)
print(a % 10**20, len(str(b)), [k % 1000 for k in keep])
print(keep[-1] + 1 - 1 == keep[-1], keep[-2] is not keep[-1])
x = 2**64
y = x + 1
z = y - 1
print(x, y, z, x == z, x is z, y - x, x - y, (x + x) - x == x)
big = 10**30
total = 0
for k in range(5):
    total = total + big
    total = total - 1
print(total, total - 5 * big, -total + big)
neg = -(2**70)
print(neg + 2**70, neg - neg, neg + 1, 2**63 + (-1), -(2**63) - 1)
s = [2**65 + i for i in range(3)]
t = [v - 2**65 for v in s]
print(s, t, sum(s) - 3 * 2**65)
