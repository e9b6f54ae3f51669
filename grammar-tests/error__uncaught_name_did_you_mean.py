# A NameError printed by the traceback suggests the closest name: the failing
# frame's locals first, then globals, then builtins (CPython 3.11's search).
def average(values):
    total = sum(values)
    count = len(values)
    return totl / count

print(average([1, 2, 3]))
