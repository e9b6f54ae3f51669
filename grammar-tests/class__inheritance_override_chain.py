class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(self.format(msg))
    def format(self, msg):
        return msg

class TimestampLogger(Logger):
    def __init__(self, clock):
        super().__init__()
        self.clock = clock
    def format(self, msg):
        self.clock += 1
        return f"[t={self.clock}] " + super().format(msg)

class LevelLogger(TimestampLogger):
    def __init__(self, clock, level):
        super().__init__(clock)
        self.level = level
    def format(self, msg):
        return f"{self.level.upper()} " + super().format(msg)

# === override chain through super() ===
log = LevelLogger(100, "warn")
log.log("disk almost full")
log.log("retrying")
print(*log.lines, sep="\n")

# === base calling overridden method (polymorphic dispatch) ===
plain = Logger()
plain.log("plain message")
print(plain.lines)

# === attribute lookup order: instance, class, bases ===
class A:
    x = "A.x"
    y = "A.y"
class B(A):
    x = "B.x"
b = B()
b.z = "instance z"
print(b.x, b.y, b.z, B.__mro__[1].x)

# === overriding with a non-method attribute ===
class C(A):
    y = property(lambda self: "property y")
print(C().y, A().y)
