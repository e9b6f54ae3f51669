# === various custom exception shapes ===
class NoArgs(Exception):
    pass

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

class MultiArg(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code, self.detail = code, detail

class CustomStr(Exception):
    def __str__(self):
        return "custom str"

class CustomRepr(ValueError):
    def __repr__(self):
        return "<CustomRepr>"

for e in [NoArgs(), NoArgs("x"), WithDefault(), WithDefault("given"), MultiArg(404, "missing"),
          CustomStr("ignored arg"), CustomRepr("value")]:
    print(f"{type(e).__name__:<12} str={str(e)!r:<22} repr={e!r} args={e.args}")

# === printing exceptions in f-strings and containers ===
errs = [ValueError("a"), KeyError("b")]
print(f"{errs[0]} | {errs[1]} | {errs}")

# === exceptions with non-string args ===
print(str(ValueError(42)), str(ValueError([1, 2])), str(ValueError(None)), repr(ValueError(1.5)))

# === class attribute defaults on exceptions ===
class HttpError(Exception):
    status = 500
    def __str__(self):
        return f"HTTP {self.status}: {self.args[0] if self.args else ''}"

class NotFound(HttpError):
    status = 404

print(HttpError("boom"), NotFound("page"), NotFound())
