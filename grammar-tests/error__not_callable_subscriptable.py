def show(thunk):
    try:
        print("ok:", thunk())
    except TypeError as e:
        print("TypeError:", e)

# === 'X' object is not subscriptable ===
number, ratio, nothing, flag = 42, 4.2, None, True
show(lambda: number[0])
show(lambda: ratio[0])
show(lambda: nothing["key"])
show(lambda: flag[0])
class Plain:
    pass
show(lambda: Plain()[0])

# === 'X' object is not callable ===
result = None
show(lambda: result())
pair, items, mapping = (1, 2), [1], {"a": 1}
show(lambda: pair())
show(lambda: items())
show(lambda: mapping("a"))
show(lambda: Plain()())
show(lambda: ratio())

# === shadowing a builtin makes it not callable ===
def shadow():
    list = [1, 2, 3]
    return list("abc")
show(shadow)

# === item assignment/deletion not supported ===
def set_on_int():
    n = 5
    n[0] = 1
show(set_on_int)
def del_from_str():
    s = "abc"
    del s[0]
show(del_from_str)
def set_on_range():
    r = range(3)
    r[0] = 9
show(set_on_range)

# === not iterable ===
def loop_over(obj):
    out = []
    for x in obj:
        out.append(x)
    return out
show(lambda: loop_over(10))
show(lambda: loop_over(None))
show(lambda: loop_over(Plain()))
show(lambda: [*5])
show(lambda: {**[1]})
