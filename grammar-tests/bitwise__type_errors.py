def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)

# === floats are rejected ===
check("1.0 & 1", lambda: 1.0 & 1)
check("1 | 2.5", lambda: 1 | 2.5)
check("2.0 << 1", lambda: 2.0 << 1)
check("~1.0", lambda: ~1.0)
check("1 ^ None", lambda: 1 ^ None)

# === strings and lists ===
check("'a' & 'b'", lambda: "a" & "b")
check("[1] | [2]", lambda: [1] | [2])
check("'x' >> 1", lambda: "x" >> 1)

# === negative shift counts ===
check("1 << -1", lambda: 1 << -1)
check("8 >> -2", lambda: 8 >> -2)

# === sets and dicts overload | & ^ ===
check("{1,2} & {2,3}", lambda: {1, 2} & {2, 3})
check("{1} ^ {1}", lambda: {1} ^ {1})
check("dict |", lambda: {"a": 1} | {"b": 2})
check("{1} | 1", lambda: {1} | 1)
