# === equality ===
print({"a": 1} == {"a": 1.0}, {"a": [1]} == {"a": [1]}, {1: "x"} == {True: "x"}, {} == {}, {"a": 1} != {"a": 2}, {"a": 1} == [("a", 1)])
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, {"a": 1}.values() == {"a": 1}.values())

# === repr of nested and special values ===
d = {"s": "it's", "n": None, "f": 1.5, "t": (1,), "l": [1, {"x": {}}], 2: "int key", (1, 2): "tuple key", None: 0, "e": "é"}
print(d)
print(repr({}), str({"a": "b"}), {"k": "line\nbreak"}, {"q": '"'})
r = {}
r["self"] = r
print(r, {"a": r})

# === dict as a switch ===
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"], ops.get("/", lambda a, b: None)(1, 2))

# === nested updates ===
config = {"db": {"host": "x", "port": 1}, "debug": False}
config["db"]["port"] = 5432
config.setdefault("cache", {})["ttl"] = 60
print(config, len(config), sorted(config["db"]))
