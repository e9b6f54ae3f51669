# === global creates module-level names from functions ===
def setup():
    global CONFIG, VERSION
    CONFIG = {"debug": True}
    VERSION = (1, 2)

setup()
print(CONFIG, VERSION)

# === global counter ===
calls = 0
def tracked():
    global calls
    calls += 1
    return calls

for _ in range(3):
    tracked()
print(calls)

# === without global, assignment is local ===
value = "module"
def no_global():
    value = "local"
    return value
print(no_global(), value)

# === global declared in a branch still applies to the whole function ===
flag = False
def maybe(set_it):
    if set_it:
        global flag
        flag = True
    return flag
print(maybe(False), maybe(True), flag)

# === global used before assignment in the function reads module value ===
total = 10
def add(n):
    global total
    before = total
    total = total + n
    return before, total
print(add(5), add(1), total)

# === deleting a global from a function ===
temp = "x"
def drop():
    global temp
    del temp
drop()
try:
    temp
except NameError as e:
    print("NameError:", e)
