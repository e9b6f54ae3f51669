# === building defaults with or ===
def configure(opts):
    host = opts.get("host") or "localhost"
    port = opts.get("port") or 8080
    tags = opts.get("tags") or []
    return host, port, tags

print(configure({}))
print(configure({"host": "", "port": 0, "tags": None}))
print(configure({"host": "example.com", "port": 443, "tags": ["a"]}))

# === guarding with and ===
def first_char(s):
    return s and s[0]

print(repr(first_char("hello")), repr(first_char("")), repr(first_char(None)))
user = {"profile": {"name": "ann"}}
name = user and user.get("profile") and user["profile"].get("name")
print(name)
user = {}
name = user and user.get("profile") and user["profile"].get("name")
print(repr(name))

# === all/any with empty and mixed ===
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), any([0, "", None, 0.1]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]), all(map(bool, [1, 0])))

# === chained or for first truthy ===
def first_truthy(*vals):
    result = None
    for v in vals:
        result = result or v
    return result

print(first_truthy(0, "", [], "found", "later"), first_truthy(0, ""), first_truthy())

# === and/or with side effects in a loop ===
checks = []
def valid(n):
    checks.append(n)
    return n % 3 != 0

ok = [n for n in range(1, 8) if n > 2 and valid(n)]
print(ok, checks)

# === not with comparisons and membership ===
items = [1, 2, 3]
print(not 4 in items, 4 not in items, not items, not not items, not (1 and 0 or 2))
print(True and 3, False or 0.0, None and 1, (0 or None) is None)
