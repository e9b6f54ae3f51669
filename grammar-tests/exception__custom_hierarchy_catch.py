class AppError(Exception):
    """Base for the application."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    def __init__(self, kind, key):
        self.kind, self.key = kind, key
        super().__init__(kind, key)
    def __str__(self):
        return f"{self.kind} {self.key!r} not found"

class Conflict(AppError):
    pass

def handle(exc):
    try:
        raise exc
    except ValidationError as e:
        return f"validation[{e.field}] {e}"
    except NotFound as e:
        return f"404 {e} args={e.args}"
    except AppError as e:
        return f"app error {type(e).__name__}: {e}"

# === catching by most specific handler ===
for exc in [ValidationError("age", "must be positive"), NotFound("user", 42), Conflict("dup"), AppError()]:
    print(handle(exc))

# === ordering matters: base before subclass catches everything ===
try:
    raise NotFound("file", "a.txt")
except AppError as e:
    print("caught by base:", type(e).__name__)
except NotFound:
    print("never reached")

# === issubclass relations ===
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Conflict, ValidationError))
print([c.__name__ for c in NotFound.__mro__])

# === repr of custom exceptions ===
print(repr(ValidationError("x", "bad")), repr(NotFound("k", 1)), repr(Conflict()))
