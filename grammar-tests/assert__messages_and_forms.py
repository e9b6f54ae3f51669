def check(fn):
    try:
        fn()
        print("passed")
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)

# === assert with and without message ===
def ok():
    assert 1 + 1 == 2
def bare():
    assert 1 > 2
def with_msg():
    assert [] , "list must not be empty"
def computed_msg():
    x = 5
    assert x < 3, f"x too big: {x}"
def non_str_msg():
    assert False, {"code": 42}

for fn in (ok, bare, with_msg, computed_msg, non_str_msg):
    check(fn)

# === message evaluated only on failure ===
calls = []
def msg():
    calls.append("msg")
    return "m"
assert True, msg()
print(calls)

def exec_assert():
    assert 0, msg()

check(exec_assert)
print(calls)

# === assert with a parenthesised multi-line condition ===
value = 10
assert (value > 5 and
        value < 20), "range"
print("multi-line assert passed")
