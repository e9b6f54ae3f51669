# === !r !s !a with specs ===
class Thing:
    def __str__(self):
        return "str-thing"
    def __repr__(self):
        return "Thing()"
    def __format__(self, spec):
        return f"formatted[{spec}]"
t = Thing()
print("{}|{!s}|{!r}|{!a}|{:xyz}|{!s:>12}|{!r:*^10}".format(t, t, t, t, t, t, t))
print("{!r}".format("it's"), "{!a}".format("naïve ☃"), "{!s:5}|".format(None), "{!r:>8}".format(1.5))

# === user __format__ is called with the spec ===
print(format(t, "abc"), f"{t:spec}", "{0:}".format(t))

# === errors ===
class BadFormat:
    def __format__(self, spec):
        return 42
for call in [lambda: "{!z}".format(1), lambda: "{!}".format(1), lambda: "{!rr}".format(1), lambda: format(BadFormat(), ""), lambda: format(object(), "x")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
