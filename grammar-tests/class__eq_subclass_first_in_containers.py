# Containers compare items with ==, and == asks a right operand of a
# subclass first, as the operator does.
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return True

class B(A):
    def __eq__(self, other):
        print("B.__eq__")
        return False

a, b = A(), B()
print([a] == [b])
print([a].count(b))
print((a,) == (b,))
print({"k": a} == {"k": b})
print([b].count(a))
print(b in [a], a in [b])


class Plain:
    pass

class Eager(Plain):
    def __eq__(self, other):
        print("Eager.__eq__")
        return NotImplemented

print([Plain()] == [Eager()])
