# === | and |= ===
defaults = {"host": "localhost", "port": 80, "debug": False}
user = {"port": 8080, "debug": True}
merged = defaults | user
print(merged, defaults | {}, {} | user, user | defaults)
cfg = dict(defaults)
cfg |= user
cfg |= [("extra", 1)]
cfg |= {"host": "example.com"}.items()
print(cfg, defaults)

# === vs ** unpacking and update ===
print({**defaults, **user} == merged, {**user, "port": 1})
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4)])
d.update(e=5)
print(d)

# === errors ===
for call in [lambda: defaults | [("a", 1)], lambda: defaults | 5, lambda: [("a", 1)] | defaults]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
x = {}
for bad in [5, [1, 2], ["abc"]]:
    try:
        x |= bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    x.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
