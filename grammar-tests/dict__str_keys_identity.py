# Identifier-like str literals are one object, as CPython interns them, and a
# str key finds its entry by identity or by text.
a = "region"
b = "region"
print(a is b, a == b)


def f():
    return "region"


print(f() is a)

counts = {"count": 0, "units": 0}
for i in range(5):
    counts["count"] += 1
    counts["units"] += i
print(counts)

# Built at run time: a different object with the same text.
built = "".join(["co", "unt"])
print(built is b, built == "count", counts[built], built in counts)
print(counts.get("".join(["un", "its"])), counts.get("missing", "none"))

# Keys that differ only in case or by one char stay apart.
d = {"key": 1, "Key": 2, "kez": 3, "": 4}
print(d["key"], d["Key"], d["kez"], d[""], len(d))
d["key"] = 10
print(d)


# An object with a str's hash is asked whether it equals the str.
class Loose:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("eq asked:", other)
        return other == self.text


loose = {Loose("x"): 1, "y": 2}
print(loose["x"], loose["y"])
print("x" in loose, "z" in loose)
try:
    loose["z"]
except KeyError as e:
    print("KeyError", e)

# Mixed keys of other types never equal a str.
mixed = {1: "int", 1.5: "float", None: "none", (1, "a"): "tuple", b"s": "bytes", "s": "str"}
print(mixed["s"], mixed[b"s"], mixed[(1, "a")], mixed.get("1"), mixed.get("None"))
