# === mapping patterns ===
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": k}:
            return f"key {k!r}"
        case {"type": "scroll", **rest}:
            return f"scroll with {rest}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "untyped mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 10, "y": 20, "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"type": "resize"},
    {"size": 3},
    ["type", "click"],
]
for e in events:
    print(handle(e))

# === nested mappings and sequences ===
def summarize(user):
    match user:
        case {"name": str(name), "roles": [*roles], "address": {"city": city}}:
            return f"{name} from {city} with roles {roles}"
        case {"name": str(name), "roles": []}:
            return f"{name} has no roles"
        case {"name": name}:
            return f"bare user {name!r}"

print(summarize({"name": "Ann", "roles": ["admin"], "address": {"city": "Oslo", "zip": "0150"}}))
print(summarize({"name": "Bob", "roles": []}))
print(summarize({"name": 7}))
print(summarize({"other": 1}))

# === **rest captures remaining keys in order ===
match {"a": 1, "b": 2, "c": 3}:
    case {"b": b, **others}:
        print(b, others)

# === values that are literals in mapping patterns ===
def status(resp):
    match resp:
        case {"ok": True, "data": data}:
            return f"data={data}"
        case {"ok": False, "error": {"code": 404}}:
            return "not found"
        case {"ok": False, "error": {"code": code, "msg": msg}}:
            return f"error {code}: {msg}"

print(status({"ok": True, "data": [1, 2]}))
print(status({"ok": False, "error": {"code": 404}}))
print(status({"ok": False, "error": {"code": 500, "msg": "boom"}}))
print(status({"ok": 1, "data": "truthy but not True"}))
