# === C3 linearization of a diamond and beyond ===
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

print(names(K1))
print(names(K2))
print(names(Z))

# === inconsistent MRO is rejected ===
class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

# === duplicate base ===
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

# === method resolution follows the MRO ===
class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Both(Left, Right):
    def who(self):
        return "Both>" + super().who()

print(Both().who(), names(Both))
print(Both.mro() == list(Both.__mro__), Both.__bases__ == (Left, Right))
