def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print("ok")
    except TypeError as e:
        print(e)

def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b, c): pass
def fdef(a, b=1, c=2): pass
def fvar(a, *args): pass
def fkw(a, *, k): pass
def fkw2(*, x, y): pass
def fpos(a, b, /): pass

# === missing positional arguments, singular and plural forms ===
show(f1)
show(f2)
show(f2, 1)
show(f3)
show(f3, 1)
show(fdef)
show(fvar)

# === too many positional arguments ===
show(f0, 1)
show(f0, 1, 2)
show(f1, 1, 2)
show(fdef, 1, 2, 3, 4)
show(fkw, 1, 2)
show(fkw2, 1)

# === keyword-only missing ===
show(fkw, 1)
show(fkw2)
show(fkw2, x=1)

# === unexpected and duplicate keywords ===
show(f1, a=1, b=2)
show(f2, 1, a=1)
show(fpos, a=1, b=2)
show(fpos, 1, b=2)
