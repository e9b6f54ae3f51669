# === duck typing with hasattr ===
class Duck:
    def quack(self):
        return "Quack"
class Robot:
    def beep(self):
        return "Beep"
    @property
    def broken(self):
        raise AttributeError("no such part")
for thing in [Duck(), Robot(), "text", [1]]:
    print(type(thing).__name__, hasattr(thing, "quack"), hasattr(thing, "beep"), hasattr(thing, "upper"), hasattr(thing, "append"))
print(hasattr(Robot(), "broken"), hasattr(Robot, "broken"), hasattr(Duck, "quack"), hasattr(Duck(), "__class__"))

# === a property raising another error propagates ===
class Fragile:
    @property
    def value(self):
        raise ValueError("boom")
try:
    hasattr(Fragile(), "value")
except ValueError as e:
    print(type(e).__name__, e)

# === errors ===
for args in [(Duck(),), (Duck(), 5), (Duck(), None)]:
    try:
        hasattr(*args)
    except TypeError as e:
        print(type(e).__name__, e)
