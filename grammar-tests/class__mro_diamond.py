# === classic diamond ===
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])

class E(C, B):
    pass

print(E().who(), E().chain(), [k.__name__ for k in E.__mro__])

# === cooperative __init__ with super ===
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]

class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")

class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")

class Bottom(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Bottom")

print(Bottom().log)

# === deeper hierarchy ===
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2): pass
print([k.__name__ for k in K3.__mro__])

# === attribute lookup follows MRO ===
class P:
    tag = "P"
class Q(P):
    pass
class R(P):
    tag = "R"
class S(Q, R):
    pass
print(S.tag, S().tag)

# === inconsistent MRO is an error ===
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
