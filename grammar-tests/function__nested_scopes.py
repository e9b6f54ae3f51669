# === three levels of nesting ===
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3()
    return level2()

print(level1())

# === inner functions see later assignments in outer scope ===
def outer():
    def show():
        return x
    x = "assigned after def"
    return show()

print(outer())

# === shadowing ===
x = "global"
def shadow():
    x = "local"
    def inner():
        x = "inner"
        return x
    return inner(), x

print(shadow(), x)

# === parameters shadow globals ===
def uses_param(len):
    return len * 2
print(uses_param(4), len("abc"))

# === recursive inner function ===
def outer_fact(n):
    def go(k):
        return 1 if k <= 1 else k * go(k - 1)
    return go(n)
print(outer_fact(10))

# === functions defined in loops ===
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([fn() for fn in funcs])

# === conditionally defined functions ===
def choose(flag):
    if flag:
        def impl():
            return "A"
    else:
        def impl():
            return "B"
    return impl()
print(choose(True), choose(False))
