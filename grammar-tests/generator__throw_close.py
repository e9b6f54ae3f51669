# === throw() raises inside the generator at the yield ===
def worker():
    while True:
        try:
            x = yield "ready"
            print("  got", x)
        except ValueError as e:
            print("  handled inside:", e)
            yield "recovered"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))

# === uncaught throw propagates out and finishes the generator ===
def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(f, "exhausted"))

# === close() raises GeneratorExit, finally runs ===
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")

c = with_cleanup()
print(next(c))
c.close()
print(next(c, "closed"))
c.close()

# === yielding in response to GeneratorExit is an error ===
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# === throw with a class ===
def g():
    try:
        yield
    except IndexError as e:
        yield f"caught {type(e).__name__} args={e.args}"

gen = g()
next(gen)
print(gen.throw(IndexError))
