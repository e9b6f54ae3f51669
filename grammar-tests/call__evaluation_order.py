log = []

def t(label, value=None):
    log.append(label)
    return value if value is not None else label

def f(*args, **kwargs):
    return args, kwargs

# === function expression, then args left to right, then keywords ===
t("func", f)(t("a"), t("b"), k=t("kw"), **{t("key", "kk"): t("val")})
print(log)
log.clear()

# === star args expanded in place ===
f(t("x"), *[t("s1"), t("s2")], t("y"), *(t("s3"),))
print(log)
log.clear()

# === method receiver before arguments ===
class Obj:
    def m(self, *a):
        log.append("body")
        return a

def get_obj():
    log.append("receiver")
    return Obj()

get_obj().m(t("arg1"), t("arg2"))
print(log)
log.clear()

# === nested calls evaluate inner first ===
def g(x):
    log.append(f"g({x})")
    return x + 1

g(g(g(0)))
print(log)
log.clear()

# === arguments evaluated even if the call then fails ===
try:
    len(t("one"), t("two"))
except TypeError as e:
    print("TypeError:", e)
print(log)
