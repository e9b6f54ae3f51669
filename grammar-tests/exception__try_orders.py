def run(label, action):
    print(f"--- {label}")
    try:
        print("try start")
        action()
        print("try end")
    except ValueError as e:
        print("except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("except lookup:", type(e).__name__, e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

def ok():
    pass

def value_error():
    raise ValueError("bad value")

def key_error():
    {}["k"]

def index_error():
    [][0]

# === every path through try/except/else/finally ===
run("no exception", ok)
run("ValueError", value_error)
run("KeyError", key_error)
run("IndexError", index_error)

# === try/finally without except ===
def only_finally():
    try:
        return "from try"
    finally:
        print("finally before returning")

print(only_finally())

# === try/except/else without finally ===
for text in ["12", "x"]:
    try:
        n = int(text)
    except ValueError:
        print(repr(text), "is not a number")
    else:
        print(repr(text), "parsed to", n)

# === exception not matching propagates through finally ===
def unmatched():
    try:
        raise TypeError("not handled here")
    except ValueError:
        print("never")
    finally:
        print("inner finally")

try:
    unmatched()
except TypeError as e:
    print("outer caught:", e)

# === exception raised in else is not caught by the same try ===
try:
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0
    finally:
        print("finally after else raised")
except ZeroDivisionError as e:
    print("outer caught from else:", e)

# === exception in except handler ===
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
    finally:
        print("finally runs even when handler raises")
except KeyError as e:
    print("got", repr(e), "context:", repr(e.__context__))
