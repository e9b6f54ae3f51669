# === reading an outer variable then assigning makes it local ===
def outer():
    x = 1
    def inner():
        try:
            print(x)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        x = 2
        return x
    return inner()

print(outer())

# === nonlocal fixes it ===
def outer2():
    x = 1
    def inner():
        nonlocal x
        print("read", x)
        x = 2
    inner()
    return x

print(outer2())

# === augmented assignment without nonlocal ===
def counter():
    n = 0
    def bump():
        try:
            n += 1
        except UnboundLocalError as e:
            return f"UnboundLocalError: {e}"
    return bump()

print(counter())

# === mutation needs no nonlocal ===
def collector():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    add(1)
    add(2)
    return items

print(collector())

# === global inside nested function reaches module level ===
level = "module"
def a():
    level = "a"
    def b():
        global level
        level = "set by b"
    b()
    return level

print(a(), level)
