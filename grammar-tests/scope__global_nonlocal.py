# === global ===
counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment(); increment()
print(counter)

def create_global():
    global created
    created = "made inside"

create_global()
print(created)

# === reading a global without declaring ===
LIMIT = 3
def under_limit(n):
    return n < LIMIT
print(under_limit(2), under_limit(5))

# === shadowing ===
value = "global"
def shadow():
    value = "local"
    return value
print(shadow(), value)

# === nonlocal ===
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())

# === UnboundLocalError when assigning after read ===
total = 100
def broken():
    print(total)
    total = 5

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# === class bodies don't create enclosing scopes for methods ===
class K:
    y = 10
    def get(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(K().get())
