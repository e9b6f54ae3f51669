# === keyword fields ===
print("{name} is {age}".format(name="Ann", age=31), "{a}{b}{a}".format(a="x", b="y"), "{x:>4}|{y:.1f}".format(x="r", y=2.55))
data = {"user": "bob", "n": 3}
print("{user} has {n} items".format(**data), "{user!r}".format_map(data), "{0} and {user}".format("pos", **data))

# === format_map with any mapping ===
class Lookup:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        return self.data.get(key, f"<{key}>")
print("{greeting}, {name}!".format_map(Lookup({"greeting": "Hi"})))

# === errors ===
for call in [lambda: "{name}".format(), lambda: "{name}".format(nam="x"), lambda: "{0[}".format([1]), lambda: "{a".format(a=1), lambda: "{!r}".format()]:
    try:
        print(call())
    except (KeyError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
