# === finally overrides return ===
def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

# === finally can swallow an exception by returning ===
def swallow():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"

print(swallow())

# === return value computed before finally runs ===
def computed():
    x = 1
    try:
        return x
    finally:
        x = 100
        print("x set to", x)

print(computed())

# === mutable return value can be modified by finally ===
def mutated():
    data = [1]
    try:
        return data
    finally:
        data.append(2)

print(mutated())

# === order of nested finally blocks ===
def nested():
    try:
        try:
            print("inner try")
            return "value"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

# === finally in loops with return ===
def loop_return():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally for", i)

print(loop_return())

# === exception raised in finally replaces the original ===
try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

# === finally runs on generator exhaustion and function exit ===
def with_cleanup(n):
    log = []
    try:
        for i in range(n):
            log.append(i)
        return log
    finally:
        log.append("cleanup")

print(with_cleanup(3))

# === counting finally executions ===
count = 0
def risky(i):
    global count
    try:
        if i % 2:
            raise ValueError(i)
        return i
    finally:
        count += 1

results = []
for i in range(5):
    try:
        results.append(risky(i))
    except ValueError as e:
        results.append(f"err{e}")
print(results, count)
