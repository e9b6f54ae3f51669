# === simple custom exceptions ===
class AppError(Exception):
    """Base for this app."""

class NotFound(AppError):
    pass

class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason

    def __str__(self):
        return f"{self.field}: {self.reason}"

for exc in [AppError("generic"), NotFound("user 7"), Invalid("email", "missing @"), AppError(), AppError("a", 2)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

# === catching via base class ===
def lookup(uid):
    if uid < 0:
        raise Invalid("uid", "negative")
    if uid > 10:
        raise NotFound(f"user {uid}")
    return f"user{uid}"

for uid in (3, -1, 99):
    try:
        print(lookup(uid))
    except NotFound as e:
        print("not found ->", e)
    except AppError as e:
        print("app error ->", e, "| field =", e.field)

# === exceptions carry extra data ===
class HTTPError(Exception):
    def __init__(self, status, message="error"):
        super().__init__(f"{status} {message}")
        self.status = status

try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, e.status, e.args)

# === custom exception without calling super().__init__ ===
class Quiet(Exception):
    def __init__(self, code):
        self.code = code

try:
    raise Quiet(7)
except Quiet as e:
    print(repr(str(e)), e.code, e.args)

# === exception hierarchy checks ===
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Invalid, NotFound))
print(isinstance(Invalid("a", "b"), Exception), isinstance(NotFound(), BaseException))

# === exception objects are ordinary objects ===
errors = [ValueError("v"), KeyError("k"), NotFound("n")]
print([type(e).__name__ for e in errors], [str(e) for e in errors])
