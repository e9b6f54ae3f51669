# === args of builtin exceptions ===
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), OSError("disk")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))

# === KeyError str quotes the key ===
print(str(KeyError("x")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")))

# === custom attributes survive raise/catch ===
class HttpError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e.status, e.reason, e.args, str(e))

# === exception without super().__init__ call ===
class Quiet(Exception):
    def __init__(self, code):
        self.code = code

q = Quiet(7)
print(q.args, repr(str(q)), q.code)

# === StopIteration.value and SystemExit.code ===
si = StopIteration("result")
print(si.value, si.args)
se = SystemExit(3)
print(se.code, SystemExit().code)

# === with_traceback returns the exception itself ===
e = RuntimeError("tb")
print(e.with_traceback(None) is e)

# === notes (3.11) ===
err = ValueError("with notes")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
