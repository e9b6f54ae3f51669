# === attributes on instances and classes ===
class Config:
    debug = False
    level = 1

c = Config()
print(c.debug, Config.debug)
c.debug = True
print(c.debug, Config.debug, "debug" in vars(c))
Config.level = 5
print(c.level)
c.level = 9
del c.level
print(c.level)

# === setting attributes through nested objects ===
class Node:
    def __init__(self, name):
        self.name = name
        self.child = None

root = Node("root")
root.child = Node("a")
root.child.child = Node("b")
root.child.child.name += "!"
print(root.name, root.child.name, root.child.child.name)

# === setattr/getattr with computed names ===
for field, value in [("x", 1), ("y", 2), ("label", "pt")]:
    setattr(c, field, value)
print([getattr(c, f) for f in ("x", "y", "label")], getattr(c, "missing", "default"))
print(hasattr(c, "x"), hasattr(c, "nope"))

# === assigning to builtin object attributes fails ===
for target in [1, "s", [1], None]:
    try:
        target.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
