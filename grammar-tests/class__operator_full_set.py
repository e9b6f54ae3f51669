class Trace:
    def __init__(self, name):
        self.name = name
    def _op(sym):
        def method(self, other=None):
            return f"({self.name} {sym} {getattr(other, 'name', other)})" if other is not None else f"({sym}{self.name})"
        return method
    __add__ = _op("+"); __sub__ = _op("-"); __mul__ = _op("*"); __truediv__ = _op("/")
    __floordiv__ = _op("//"); __mod__ = _op("%"); __pow__ = _op("**"); __matmul__ = _op("@")
    __lshift__ = _op("<<"); __rshift__ = _op(">>"); __and__ = _op("&"); __or__ = _op("|"); __xor__ = _op("^")
    __radd__ = _op("r+"); __rsub__ = _op("r-"); __rmul__ = _op("r*"); __rtruediv__ = _op("r/")
    __rfloordiv__ = _op("r//"); __rmod__ = _op("r%"); __rpow__ = _op("r**"); __rmatmul__ = _op("r@")
    __rlshift__ = _op("r<<"); __rrshift__ = _op("r>>"); __rand__ = _op("r&"); __ror__ = _op("r|"); __rxor__ = _op("r^")
    __neg__ = _op("-"); __pos__ = _op("+"); __invert__ = _op("~")
    def __abs__(self):
        return f"abs({self.name})"

a, b = Trace("a"), Trace("b")
# === forward operators ===
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b)
print(a << b, a >> b, a & b, a | b, a ^ b)
# === reflected operators with builtin left operands ===
print(1 + a, 1 - a, 2 * a, 3 / a, 3 // a, 3 % a, 2 ** a)
print(1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a)
# === unary ===
print(-a, +a, ~a, abs(a))
# === divmod and pow builtins use the dunders ===
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(divmod(D(), 5), divmod(5, D()), pow(D(), 2), pow(D(), 2, 7))
