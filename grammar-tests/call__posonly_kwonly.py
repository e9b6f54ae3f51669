# === positional-only ===
def pos_only(a, b, /, c):
    return a, b, c

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

# === keyword-only ===
def kw_only(a, *, b, c=30):
    return a, b, c

print(kw_only(1, b=2), kw_only(a=1, b=2, c=3))
try:
    kw_only(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)

# === both ===
def both(x, /, y, *, z):
    return x + y + z

print(both(1, 2, z=3), both(1, y=2, z=3))

# === pos-only names can be reused in **kwargs ===
def flexible(name, /, **kwargs):
    return name, kwargs

print(flexible("pos", name="kw"))

# === defaults with / and * ===
def fmt(value, width=8, /, *, fill=" ", align=">"):
    return f"{value:{fill}{align}{width}}"

print("[" + fmt("hi") + "]", "[" + fmt("hi", 4) + "]", "[" + fmt("hi", 6, fill="*", align="^") + "]")

# === star-only separator with *args ===
def logger(*messages, sep=" | ", prefix="LOG"):
    return prefix + ": " + sep.join(messages)

print(logger("a", "b", "c"))
print(logger("x", sep="/", prefix="DBG"))
