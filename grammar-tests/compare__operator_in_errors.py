# Errors name the operator CPython applied: max uses '>', sequences compare
# their first differing items with the original operator, augmented
# assignment says '&=' (found by tests/props.rs).

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# === max and min ===
attempt(lambda: max(0, 0, ()))
attempt(lambda: min(0, 0, ()))
attempt(lambda: max([1, "a"]))
attempt(lambda: min(["a", 1]))

# === sequences use the operator itself on the first difference ===
attempt(lambda: (1, "a") > (1, 2))
attempt(lambda: [1, "a"] >= [1, 2])
attempt(lambda: ("a",) <= (0,))
nan = float("nan")
print((nan,) > (nan,), (nan,) < (nan,), [nan] >= [nan], (1, nan) > (1, 2.0))
print((1, 2) < (1, 2, 0), [2] > [1, 9], () >= ())

# === augmented assignment names the augmented operator ===
s = {1}
for op in ["&=", "|=", "-=", "^="]:
    try:
        if op == "&=":
            s &= {}
        elif op == "|=":
            s |= []
        elif op == "-=":
            s -= 5
        else:
            s ^= "x"
    except TypeError as e:
        print(e)
x = 5
try:
    x += "a"
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)

# === format 'c' out of range is an OverflowError ===
attempt(lambda: f"{-1:c}")
attempt(lambda: format(0x110000, "c"))
