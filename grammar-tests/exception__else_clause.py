# === else runs only when no exception ===
def parse(s):
    try:
        n = int(s)
    except ValueError:
        print(f"  {s!r}: not a number")
        return None
    else:
        print(f"  {s!r}: parsed {n}")
        return n * 2
    finally:
        print(f"  {s!r}: done")

print(parse("21"), parse("x"))

# === exceptions raised in else are not caught by the same try ===
def risky_else():
    try:
        pass
    except ZeroDivisionError:
        return "caught in handler"
    else:
        return 1 / 0

try:
    risky_else()
except ZeroDivisionError as e:
    print("propagated from else:", e)

# === else with loops inside try ===
def first_even(nums):
    try:
        for n in nums:
            if n % 2 == 0:
                break
        else:
            raise LookupError("no even number")
    except LookupError as e:
        return str(e)
    else:
        return n

print(first_even([1, 3, 4, 5]), first_even([1, 3]))
