def show(thunk):
    try:
        print("ok:", thunk())
    except TypeError as e:
        print("TypeError:", e)

# === unsupported operand types ===
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: {} + {})
show(lambda: None + 1)
show(lambda: 1 - "x")
show(lambda: "abc" - "a")
show(lambda: [1] * 2.0)
show(lambda: "x" * "y")
show(lambda: 2 ** "x")
show(lambda: 5 / "1")
show(lambda: 5 // None)
show(lambda: 5 % [])
show(lambda: -"x")
show(lambda: ~1.5)
show(lambda: 1 & 1.0)
show(lambda: 1 << 1.0)
show(lambda: {1} | [2])

# === concatenation messages ===
show(lambda: "total: " + 5)
show(lambda: "list: " + [1])
show(lambda: [1, 2] + "3")
show(lambda: (1,) + [2])

# === not subscriptable / not callable / not iterable ===
five, none, text = 5, None, "text"
show(lambda: five[0])
show(lambda: none[0])
show(lambda: none())
show(lambda: text())
show(lambda: five())
show(lambda: list(7))
show(lambda: len(5))
show(lambda: sum(["a", "b"]))

# === item assignment on immutables ===
def assign_tuple():
    t = (1, 2)
    t[0] = 9
show(assign_tuple)
def assign_str():
    s = "ab"
    s[0] = "x"
show(assign_str)

# === wrong argument types to builtins ===
show(lambda: int([1]))
show(lambda: float(None))
show(lambda: ",".join([1, 2]))
show(lambda: sorted([1, "a"]))
show(lambda: "a" < 1)
show(lambda: range(1.5))
show(lambda: chr("a"))
show(lambda: ord("ab"))
