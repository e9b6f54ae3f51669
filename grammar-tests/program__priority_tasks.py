class Task:
    def __init__(self, name, priority, deps=()):
        self.name, self.priority, self.deps = name, priority, set(deps)
        self.done = False
    def __repr__(self):
        return f"Task({self.name!r}, p{self.priority})"

class Board:
    def __init__(self):
        self.tasks = {}
    def add(self, name, priority, *deps):
        unknown = [d for d in deps if d not in self.tasks]
        if unknown:
            raise KeyError(f"unknown dependencies: {unknown}")
        self.tasks[name] = Task(name, priority, deps)
    def ready(self):
        return sorted(
            (t for t in self.tasks.values() if not t.done and all(self.tasks[d].done for d in t.deps)),
            key=lambda t: (-t.priority, t.name),
        )
    def run(self):
        order = []
        while True:
            r = self.ready()
            if not r:
                break
            t = r[0]
            t.done = True
            order.append(t.name)
        pending = [n for n, t in self.tasks.items() if not t.done]
        return order, pending

b = Board()
b.add("design", 5)
b.add("setup", 3)
b.add("backend", 4, "design", "setup")
b.add("frontend", 4, "design")
b.add("tests", 2, "backend", "frontend")
b.add("docs", 1, "design")
b.add("release", 9, "tests", "docs")
print(b.ready())
order, pending = b.run()
print(" -> ".join(order))
print("pending:", pending)
try:
    b.add("deploy", 1, "release", "approval")
except KeyError as e:
    print("KeyError:", e)
