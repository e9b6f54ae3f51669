# === %c takes bools and ints in range ===
print(repr('%c' % (True,)), '%c%c' % (72, 105))
for bad in (-1, 2 ** 70):
    try:
        '%c' % bad
    except OverflowError as e:
        print("OverflowError:", e)
# === %% only directly after the percent sign ===
print('%d%%' % 5, '%s%%x' % 1)
try:
    '%.0%' % (0,)
except ValueError as e:
    print("ValueError:", e)
# === %d of a float that has no integer value ===
for bad in (float("nan"), float("inf"), float("-inf")):
    try:
        '%d' % bad
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
