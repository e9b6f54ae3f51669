# === indexing into arguments ===
point = (3, 4)
cfg = {"host": "localhost", "port": 8080, 0: "zero"}
print("x={0[0]} y={0[1]}".format(point), "{0[host]}:{0[port]}".format(cfg), "{c[host]}".format(c=cfg), "{0[0]}".format(cfg), "{0[0][0]}".format([["deep"]]))
print("{0[1]:>5}|".format(["a", "b"]), "{m[key with space]}".format(m={"key with space": 1}), "{m[k]}".format(m={"k": 1}))

# === attributes ===
class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email
        self.tags = ["admin", "dev"]
u = User("ann", "ann@example.com")
print("{0.name} <{0.email}>".format(u), "{u.name:>6}|{u.tags[1]}".format(u=u), "{0.__class__.__name__}".format(u), "{0.real}".format(5))

# === numeric-looking keys index as ints on sequences, strings on dicts ===
print("{0[0]}".format({0: "int key"}), "{0[1]}".format("abc"), "{d[1]}".format(d={"1": "str key"}))
try:
    print("{0[-1]}".format(["a", "b"]))
except TypeError as e:
    print(type(e).__name__, e)

# === errors ===
for call in [lambda: "{0.missing}".format(u), lambda: "{0[5]}".format([1]), lambda: "{0[x]}".format({}), lambda: "{0[x]}".format([1]), lambda: "{0.}".format(u), lambda: "{0[]}".format([1])]:
    try:
        print(call())
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
