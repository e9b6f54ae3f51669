def attempt(fn):
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)

class Widget:
    kind = "w"
    def __init__(self):
        self.size = 1

# === instance, class and module-level lookups ===
attempt(lambda: Widget().color)
attempt(lambda: Widget.color)
attempt(lambda: Widget().size.bits)

# === builtin types ===
attempt(lambda: (5).append)
attempt(lambda: "s".push)
attempt(lambda: [].add)
attempt(lambda: {}.append)
attempt(lambda: None.strip)
attempt(lambda: (1, 2).sort)
attempt(lambda: 3.5.real.imag.nothing)
attempt(lambda: len.missing)

# === setting attributes where not allowed ===
def set_on_int():
    x = 5
    x.attr = 1
attempt(set_on_int)
def set_on_str():
    "abc".upper = None
attempt(set_on_str)
def set_on_list():
    [].append = None
attempt(set_on_list)

# === hasattr/getattr default swallow AttributeError only ===
print(hasattr(Widget(), "size"), hasattr(Widget(), "nope"), getattr(Widget(), "nope", "dflt"))
class Raises:
    @property
    def boom(self):
        raise ValueError("inside property")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("ValueError propagates from hasattr:", e)
