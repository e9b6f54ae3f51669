# === names bound inside if/for/while/with/try are function-scoped ===
def demo(flag):
    if flag:
        inside_if = "set in if"
    for i in range(2):
        inside_for = i
    while True:
        inside_while = "set in while"
        break
    try:
        inside_try = int("5")
    except ValueError as err:
        inside_except = err
    else:
        inside_else = "no error"
    found = []
    for label, read in (("inside_if", lambda: inside_if), ("inside_for", lambda: inside_for),
                        ("inside_while", lambda: inside_while), ("inside_try", lambda: inside_try),
                        ("inside_else", lambda: inside_else), ("inside_except", lambda: inside_except)):
        try:
            read()
            found.append(label)
        except NameError:
            pass
    return found

print(demo(True))
print(demo(False))

# === the except variable is unbound after the block ===
def except_var():
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"

print(except_var())

# === conditional definition leaves the name unbound on the other path ===
def maybe(flag):
    if flag:
        value = 1
    try:
        return value
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"

print(maybe(True), maybe(False))

# === for loop target in an enclosing function seen by a closure ===
def closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]

print(closures())
