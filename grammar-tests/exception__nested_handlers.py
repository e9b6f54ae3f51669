# === inner handler catches, outer never sees it ===
def layered(kind):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            log.append("inner ok")
        except ValueError as e:
            log.append(f"inner caught {e}")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except TypeError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
    return log

for kind in ("none", "value", "type"):
    print(kind, layered(kind))

# === re-raise as a different type from within a nested handler ===
def convert(text):
    try:
        try:
            return int(text)
        except ValueError:
            return float(text)
    except ValueError:
        raise TypeError(f"cannot convert {text!r}") from None

for t in ("5", "2.5", "x"):
    try:
        print(repr(convert(t)))
    except TypeError as e:
        print("TypeError:", e)

# === exception escaping through several function frames ===
def level3():
    raise KeyError("deep")

def level2():
    try:
        level3()
    finally:
        print("level2 cleanup")

def level1():
    try:
        level2()
    except IndexError:
        print("wrong handler")

try:
    level1()
except KeyError as e:
    print("top level caught", e)

# === handler order matters: specific before general ===
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero division"
    except ArithmeticError:
        return "arithmetic"
    except LookupError as e:
        return f"lookup: {type(e).__name__}"
    except Exception as e:
        return f"generic: {type(e).__name__}"

print([classify(e) for e in (ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), ValueError())])

# === handling inside a loop keeps the loop alive ===
results = []
for item in [10, 0, "a", 5, None]:
    try:
        results.append(100 // item)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(f"type:{type(item).__name__}")
print(results)
