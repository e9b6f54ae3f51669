# === break inside try/finally still runs finally ===
for i in range(5):
    try:
        if i == 2:
            print("breaking at", i)
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

# === continue inside try/finally ===
for i in range(4):
    try:
        if i % 2 == 0:
            continue
        print("odd", i)
    finally:
        print("cleanup", i)

# === while True with break in except ===
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError(f"attempt {attempts} failed")
        print("succeeded after", attempts)
        break
    except ValueError as e:
        print("retry:", e)
        continue
    finally:
        print("end of attempt", attempts)

# === return inside loop inside try/finally ===
def search(xs, target):
    for x in xs:
        try:
            if x == target:
                return f"found {x}"
        finally:
            print("checked", x)
    return "missing"

print(search([1, 2, 3], 2))
print(search([], 1))

# === nested loops: break only exits innermost ===
for a in range(3):
    for b in range(3):
        if b == 1:
            break
        print("pair", a, b)

# === continue in while ===
n = 0
odds = []
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)

# === finally with break overrides exception ===
for i in range(1):
    try:
        raise KeyError("swallowed")
    finally:
        print("breaking out of finally")
        break
print("exception was discarded")
