def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

# === positional-only parameters ===
def clamp(value, lo, hi, /):
    return max(lo, min(hi, value))

show(clamp, 15, 0, 10)
show(clamp, value=15, lo=0, hi=10)
show(clamp, 5, 0, hi=3)

# === keyword-only parameters ===
def connect(host, *, port, timeout=5):
    return f"{host}:{port} t={timeout}"

show(connect, "h", port=80)
show(connect, "h", 80)
show(connect, "h")
show(connect, host="h", port=1, timeout=2)

# === both kinds at once ===
def mixed(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

show(mixed, 1, 2, 3, e=5)
show(mixed, 1, 2, c=3, d=0, e=5, f=0)
show(mixed, 1, b=2, c=3, e=5)
show(mixed, 1, 2, 3, 4, 5)

# === positional-only names are free for **kwargs ===
def record(name, /, **fields):
    return name, fields

show(record, "n", name="field called name", x=1)

# === bare * after *args is not allowed, but *args + kw-only works ===
def total(*nums, scale=1):
    return sum(nums) * scale

show(total, 1, 2, 3)
show(total, 1, 2, 3, scale=10)
