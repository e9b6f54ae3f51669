def attempt(label, fn):
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
    except OverflowError as e:
        print(label, "-> OverflowError:", e)
    except ValueError as e:
        print(label, "-> ValueError:", e)

# === int division by zero ===
attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("divmod(1,0)", lambda: divmod(1, 0))

# === float division by zero ===
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1.0//0.0", lambda: 1.0 // 0.0)
attempt("1.0%0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.5,0.0)", lambda: divmod(1.5, 0.0))

# === negative powers of zero ===
attempt("0**-1", lambda: 0 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("pow(0,-2)", lambda: pow(0, -2))

# === overflow ===
attempt("2.0**10000", lambda: 2.0 ** 10000)
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("10**400/1", lambda: 10 ** 400 / 1)
attempt("10**400/10**399", lambda: 10 ** 400 / 10 ** 399)

# === negative shift and modulus edge ===
attempt("1<<-1", lambda: 1 << -1)
attempt("pow(2,3,0)", lambda: pow(2, 3, 0))
attempt("pow(2,-1,4)", lambda: pow(2, -1, 4))

# === recovering with a fallback ===
def safe_ratio(a, b, default=float("nan")):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print([safe_ratio(a, b, 0) for a, b in [(1, 2), (3, 0), (0, 5)]])
