def show(thunk):
    try:
        print("ok:", repr(thunk()))
    except ValueError as e:
        print("ValueError:", e)

# === int() parsing ===
show(lambda: int("abc"))
show(lambda: int("12.5"))
show(lambda: int(""))
show(lambda: int("  "))
show(lambda: int("1 2"))
show(lambda: int("0x1f"))
show(lambda: int("0x1f", 16))
show(lambda: int("z", 10))
show(lambda: int("-  5"))
show(lambda: int("+5"))
show(lambda: int("1__0"))

# === float() parsing ===
show(lambda: float("abc"))
show(lambda: float(""))
show(lambda: float("1.2.3"))
show(lambda: float("1e"))
show(lambda: float(" 2.5 "))
show(lambda: float("nan"))

# === other ValueErrors ===
show(lambda: [1, 2, 3].index(9))
show(lambda: [].remove(0))
show(lambda: range(1, 10, 0))
show(lambda: chr(-1))
show(lambda: max([]))
show(lambda: min([], default="empty"))
show(lambda: "a,b".split(""))

# === validating user input ===
def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        return f"{text!r} is not a number"
    if age < 0:
        return "age cannot be negative"
    return age

print([parse_age(t) for t in ["42", "-3", "forty", " 7 "]])
