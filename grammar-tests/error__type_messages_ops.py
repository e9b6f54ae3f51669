def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

# === unary operators ===
attempt(lambda: -"s")
attempt(lambda: +[1])
attempt(lambda: ~{})
attempt(lambda: -None)

# === binary operators between builtins ===
attempt(lambda: [1] - [1])
attempt(lambda: {1} + {2})
attempt(lambda: "a" / 2)
attempt(lambda: (1,) * (2,))
attempt(lambda: 3 @ 4)
attempt(lambda: None < 1)
attempt(lambda: [1] < "a")
attempt(lambda: {} >= {})
attempt(lambda: 2 ** None)

# === membership and iteration ===
attempt(lambda: 1 in 5)
attempt(lambda: "a" in ["a"] in 5)
attempt(lambda: 3 in "abc")
attempt(lambda: list(None))
attempt(lambda: [x for x in 10])
attempt(lambda: dict([1, 2]))

# === calling and subscripting ===
nothing, pair, five = None, (1, 2), 5
attempt(lambda: nothing())
attempt(lambda: pair())
attempt(lambda: five[0])
attempt(lambda: len[0])
attempt(lambda: {}[[]])
text, nums, half, zero = "abc", [1, 2], 1.5, "0"
attempt(lambda: text[half])
attempt(lambda: nums[zero])
