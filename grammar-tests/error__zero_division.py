# === int division, floor division and modulo by zero ===
def attempt(label, fn):
    try:
        result = fn()
        print(label, "=", result)
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)

attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("1.0 // 0", lambda: 1.0 // 0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("big // 0", lambda: 10 ** 30 // 0)
attempt("-7 % 0", lambda: -7 % 0)

# === safe division helpers ===
def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print(safe_div(10, 4), safe_div(1, 0), safe_div(1, 0, float("inf")))

# === averages of empty lists ===
def average(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError as e:
        print("empty input:", e)
        return 0.0

print(average([1, 2, 3, 4]), average([]))
