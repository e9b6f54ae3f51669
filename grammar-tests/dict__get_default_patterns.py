# === get with defaults of different kinds ===
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("pear"), stock.get("plum"), stock.get("plum", 0), stock.get("pear", 99), stock.get("plum", []))
print(stock.get("pear") or "out", stock.get("plum") is None, "pear" in stock and stock["pear"] == 0)

# === nested lookups ===
data = {"user": {"profile": {"name": "ann"}}, "meta": None}
print(data.get("user", {}).get("profile", {}).get("name"), data.get("nope", {}).get("profile", {}).get("name", "anon"), (data.get("meta") or {}).get("x", "none"))

# === counting with get vs setdefault vs try ===
words = "a b a c b a".split()
c1, c2, c3 = {}, {}, {}
for w in words:
    c1[w] = c1.get(w, 0) + 1
    c2.setdefault(w, 0)
    c2[w] += 1
    try:
        c3[w] += 1
    except KeyError:
        c3[w] = 1
print(c1, c1 == c2 == c3)

# === KeyError messages ===
for key in ["missing", 42, (1, 2), None, ""]:
    try:
        stock[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
