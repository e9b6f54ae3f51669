# === chained comparisons ===
x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5, 1 < 2 < 3 < 4 < 0)
print(0 <= x <= 5 <= 5, x == 5 == 5.0, 1 != 2 != 1)

# === each operand evaluated once ===
calls = []
def val(n):
    calls.append(n)
    return n

print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(10))
print(calls)

# === mixed operators ===
items = [1, 2, 3]
print(1 in items == True, 2 in items, 4 not in items, items is items)
print(None is None, [] is not [], 3 in [1, 2, 3] in [[1, 2, 3]])

# === sequence comparisons ===
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), [] < [0])
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "" < "a")
print((1, 2) == (1, 2), [1, 2] == (1, 2), [[1]] == [[1]])

# === int float bool equality ===
print(1 == True, 0 == False, 1.0 == 1, 2 == 2.0000001, True + 1 == 2)
print(max([3, 1, 4, 1, 5], key=lambda v: -v), min("hello"), max("b", "abc"))

# === comparing mixed types raises ===
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
print(1 == "1", [] == {}, None == 0)
