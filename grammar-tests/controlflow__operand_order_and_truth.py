# Conditions ask each operand's truth once; operands read after the ones
# before them have run; calls by global name see the current binding.

class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value


a, b, c = Loud("a", True), Loud("b", False), Loud("c", True)
if a and b:
    print("both")
else:
    print("not both")
if b or c:
    print("either")
while a and c:
    print("loop once")
    break
print("and value:", (a and b).name, "or value:", (b or c).name)
x = [1, 2][0] if a and not b else 0
print("ifexp", x)
print([n for n in range(6) if n > 1 and n % 2 == 0 or n == 5])
assert a or b

# The left operand runs first, even when it rebinds the right one.
x = 1
print((x := 10) + x, x)
y = 3
print(y < (y := 1), y)
i = 0
lst = [5, 6, 7]
print(lst[(i := 2)] + i)


class P:
    def __init__(self):
        self.v = 1


p = P()
q = p
print(q.v + (q := 7))


# A called global rebound by the call itself, and a global that is not a function.
def f(n):
    global f
    f = lambda n: n * 100
    return n


print(f(1), f(2))
g = len
print(g([1, 2, 3]))


def g(a, b=2, *rest):
    return a + b + len(rest)


print(g(1), g(1, 3, 4, 5))
try:
    h(1)
except NameError as e:
    print(e)

# Comparisons of small-int leaves and of other types in conditions.
n, m, s = 3, 2**70, "x"
if n < m:
    print("int < bigint")
if n == 3.0:
    print("int == float")
if s != "y" and s in "xyz":
    print("str")
if not (n >= 4):
    print("not >=")
print(3 < n < 4, 1 < n < 4)

# Conditions and sums over one small-int operation: overflow, zero division,
# and operands of other types fall back to the general path.
big = 2**62
if big * 4 > 0 and big + big > big:
    print("overflowed into big ints")
zero = 0
try:
    if 7 % zero == 0:
        print("never")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(7 // zero + 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
half = 0.5
print([k for k in range(8) if k % 3 == 1], [k * 2 + half for k in range(3)], [k - 1 < k * half for k in range(3)])
print(sum(i * i - i for i in range(10) if i % 2 != 0), -2**63 - 1 < 0, 3 * 3 == 9 > 8 - 1)
