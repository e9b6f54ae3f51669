# One call site, `obj.speak()`, sees methods change under it: rebinding on the
# class or a base, an instance attribute that shadows, alternating classes.
class Base:
    def speak(self):
        return "base"

class Child(Base):
    pass

class Other:
    def speak(self):
        return "other"

def talk(obj):
    return obj.speak()

c = Child()
print(talk(c), talk(c))

Base.speak = lambda self: "rebound on Base"
print(talk(c))

def child_speak(self):
    return "Child's own"

Child.speak = child_speak
print(talk(c))

del Child.speak
print(talk(c))

c.speak = lambda: "instance attribute"
print(talk(c))
del c.speak
print(talk(c))

o = Other()
print([talk(x) for x in [c, o, c, o]])

setattr(Other, "speak", lambda self: "set by setattr")
print(talk(o), talk(c))

def make(n):
    class Fresh:
        def speak(self):
            return "fresh %d" % n
    return Fresh()

print([talk(make(i)) for i in range(3)])

class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count

k = Counter()
print([k.bump() for _ in range(5)])
