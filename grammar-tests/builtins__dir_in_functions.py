# dir() with no argument lists the current function's variables that are
# bound, sorted; at module level it lists the module's names.
def f(a, b=2, *args, **kw):
    c = 3
    print(dir())
    d = 4
    print(dir())
    del c
    print(dir())

f(1)


def outer():
    x = 1
    y = 2

    def inner(z):
        w = x + z
        return dir()

    print(inner(5))
    return dir()

print(outer())


class K:
    def method(self):
        return dir()

    def with_super(self):
        super()
        return dir()

print(K().method(), K().with_super())


def gen():
    x = 1
    yield dir()

print(next(gen()))


def shadowed():
    dir = lambda: "a local dir"
    return dir()

print(shadowed())


def unbound_yet():
    names = dir()
    later = 1
    return names

print(unbound_yet())

g = lambda q: dir()
print(g(0))

top_level = 1
print("top_level" in dir(), "f" in dir())
