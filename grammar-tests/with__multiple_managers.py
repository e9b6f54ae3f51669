log = []

class CM:
    def __init__(self, name, fail_enter=False, swallow=False):
        self.name, self.fail_enter, self.swallow = name, fail_enter, swallow
    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter {self.name} FAILED")
            raise RuntimeError(f"cannot enter {self.name}")
        log.append(f"enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.swallow

# === several managers in one statement exit in reverse order ===
with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()

# === parenthesized form (3.10+) ===
with (
    CM("x") as x,
    CM("y") as y,
):
    log.append(f"body {x}{y}")
print(log)
log.clear()

# === failure entering the second manager exits only the first ===
try:
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        log.append("body")
except RuntimeError as e:
    log.append(f"caught {e}")
print(log)
log.clear()

# === inner manager swallows, outer sees no exception ===
with CM("outer"):
    with CM("inner", swallow=True):
        raise ValueError("hidden")
    log.append("after inner")
print(log)
log.clear()

# === exception in body seen by all managers until swallowed ===
with CM("p", swallow=True), CM("q"):
    raise KeyError("k")
print(log)
