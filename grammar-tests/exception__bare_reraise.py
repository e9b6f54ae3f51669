# === bare raise re-raises the current exception ===
def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("  logging and re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("outer caught", repr(e))

# === bare raise outside handler ===
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# === raise with a class instantiates it ===
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

# === raising non-exceptions ===
for bad in [42, "text", object, None]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# === re-raise modified exception ===
try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = (e.args[0] + " (with context)",)
        raise
except ValueError as e:
    print(e)

# === exception variable is cleared after except ===
try:
    raise ValueError("temp")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)
