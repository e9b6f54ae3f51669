def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(f"{label:<22} TypeError: {e}")

data = {"count": 3}
items = [1, 2]
text = "hello"
num = 7
nothing = None

# === calling values that are not callable ===
attempt("dict value", lambda: data["count"]())
attempt("list", lambda: items())
attempt("str", lambda: text())
attempt("int", lambda: num())
attempt("None", lambda: nothing())
attempt("module attr result", lambda: len(items)())

# === common mistakes: shadowed builtins ===
def shadow():
    list = [1, 2, 3]
    return list("abc")
attempt("shadowed list", shadow)

def shadow_str():
    str = "name"
    return str(5)
attempt("shadowed str", shadow_str)

# === calling an instance without __call__ ===
class Config:
    pass
attempt("instance", lambda: Config()())

# === property accessed then called ===
class Temp:
    @property
    def value(self):
        return 21.5
attempt("property result", lambda: Temp().value())
