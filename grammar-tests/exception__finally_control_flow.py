# === finally runs on every exit path ===
def paths(mode):
    log = []
    for i in range(2):
        try:
            log.append(f"try {i}")
            if mode == "break":
                break
            if mode == "continue":
                continue
            if mode == "return":
                return log
            if mode == "raise":
                raise ValueError(i)
        except ValueError:
            log.append("except")
        finally:
            log.append(f"finally {i}")
    log.append("after loop")
    return log

for m in ["normal", "break", "continue", "return", "raise"]:
    print(m, paths(m))

# === return in finally swallows exception ===
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally value"

print(swallow())

# === exception in finally replaces the original ===
def replace():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("from finally")

try:
    replace()
except ValueError as e:
    print(repr(e), repr(e.__context__))

# === break in finally cancels exception ===
def cancel():
    for _ in range(3):
        try:
            raise RuntimeError("cancelled")
        finally:
            break
    return "loop exited normally"

print(cancel())

# === nested finally order ===
def nested():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")

print(nested())
