# === objects built from other objects ===
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return f"engine ({self.hp}hp) started"

class Wheel:
    def __init__(self, position):
        self.position = position
        self.pressure = 32
    def __repr__(self):
        return f"Wheel({self.position}, {self.pressure}psi)"

class Car:
    def __init__(self, model, hp):
        self.model = model
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]

    def start(self):
        return f"{self.model}: {self.engine.start()}"

    def low_tires(self, threshold=30):
        return [w.position for w in self.wheels if w.pressure < threshold]

car = Car("roadster", 300)
print(car.start(), car.engine.running)
car.wheels[2].pressure = 25
car.wheels[0].pressure -= 5
print(car.wheels)
print(car.low_tires(), car.low_tires(20))

# === delegation ===
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)

class Service:
    def __init__(self, name, logger):
        self.name = name
        self.logger = logger
    def handle(self, request):
        self.logger.log(f"{self.name} handled {request}")
        return request.upper()

shared = Logger()
a = Service("alpha", shared)
b = Service("beta", shared)
print(a.handle("ping"), b.handle("pong"), a.handle("x"))
print(shared.lines, a.logger is b.logger)

# === tree of composite objects ===
class Folder:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def size(self):
        return sum(c.size() for c in self.children)
    def render(self, indent=0):
        lines = [" " * indent + self.name + "/"]
        for c in self.children:
            lines.extend(c.render(indent + 2))
        return lines

class File:
    def __init__(self, name, size):
        self.name, self._size = name, size
    def size(self):
        return self._size
    def render(self, indent=0):
        return [" " * indent + f"{self.name} ({self._size})"]

root = Folder("root", File("a.txt", 10), Folder("src", File("main.py", 200), File("util.py", 50)), Folder("empty"))
print("\n".join(root.render()))
print("total", root.size(), [c.size() for c in root.children])
