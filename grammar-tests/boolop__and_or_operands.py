# === and/or return operands, not bools ===
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "never", [0] and "yes", "a" and "b" and "c", 0 or None)
print(not 0, not 5, not "", not [1], not None)

# === short-circuit evaluation ===
log = []
def t(name, value):
    log.append(name)
    return value

r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 0) or t("c", "fallback")
print(r, log)
log.clear()
r = t("a", 0) or t("b", 0) or t("c", 0)
print(r, log)

# === common idioms ===
def greet(name=None):
    name = name or "world"
    return "hello " + name

print(greet(), greet("ann"), greet(""))
config = {"debug": 0}
debug = config.get("debug") or False
print(debug)
values = [3, 0, None, 7]
print([v or -1 for v in values])

# === truthiness of many kinds ===
for v in [0, 1, -1, 0.0, 0.5, "", "0", [], [[]], (), {}, {0: 0}, set(), None, True, range(0), range(3)]:
    print(repr(v), bool(v))

# === precedence: not > and > or ===
print(not 1 == 2, True or False and False, (True or False) and False)
print(not (1 and 0), 1 and not 0)
