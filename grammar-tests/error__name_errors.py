# === undefined names ===
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)

try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e)

# === typo in a name ===
counter = 1
try:
    countr += 1
except NameError as e:
    print(type(e).__name__, e)

# === name used before definition in a function ===
def uses_later():
    return helper_defined_later()

try:
    uses_later()
except NameError as e:
    print("before definition:", e)

def helper_defined_later():
    return "now defined"

print(uses_later())

# === deleted name ===
temp = 5
del temp
try:
    temp
except NameError as e:
    print(type(e).__name__, e)

# === UnboundLocalError is a NameError ===
x = 10
def shadowed():
    x += 1
    return x

try:
    shadowed()
except NameError as e:
    print(type(e).__name__, e)

def conditional(flag):
    if flag:
        result = "set"
    return result

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# === loop variable of a loop that never ran ===
def loop_var():
    for item in []:
        pass
    return item

try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
