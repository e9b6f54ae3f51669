# === range checks ===
def grade(score):
    if not 0 <= score <= 100:
        return "invalid"
    if 90 <= score:
        return "A"
    if 80 <= score < 90:
        return "B"
    if 70 <= score < 80:
        return "C"
    return "F"

print([grade(s) for s in [-1, 0, 69, 70, 85, 90, 100, 101]])

# === long chains ===
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 2 > 1, 1 == 1 == 1.0 != 2)
nothing = None
print(1 < 3 > 2 == 2 != nothing, 5 > 4 >= 4 > 3 <= 3)
print(0 < 0 < 1, 3 > 2 in [2] , 1 in [1] in [[1]])

# === each operand evaluated at most once ===
calls = []
def f(v):
    calls.append(v)
    return v

result = f(1) < f(5) > f(3) == f(3)
print(result, calls)
calls.clear()
result = f(5) < f(1) < f(undefined := 9)
print(result, calls)

# === comparing strings in chains ===
word = "mango"
print("a" <= word[0] <= "m", "apple" < word < "zebra", word.lower() == word != word.upper())

# === min/max with chained validation ===
def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v

print([clamp(v, 0, 10) for v in [-5, 0, 5, 10, 15]])
