# === nested dict access and update ===
company = {
    "name": "Acme",
    "departments": {
        "eng": {"head": "ann", "staff": ["bob", "cy"], "budget": 500},
        "ops": {"head": "di", "staff": [], "budget": 120},
    },
}
print(company["departments"]["eng"]["staff"][1])
company["departments"]["ops"]["staff"].append("ed")
company["departments"]["eng"]["budget"] += 50
company["departments"]["hr"] = {"head": None, "staff": ["fay"], "budget": 80}
for name, dept in company["departments"].items():
    print(f"{name}: head={dept['head']} staff={len(dept['staff'])} budget={dept['budget']}")

# === safe deep get ===
def deep_get(d, path, default=None):
    cur = d
    for key in path.split("."):
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        else:
            return default
    return cur

print(deep_get(company, "departments.eng.head"), deep_get(company, "departments.xx.head", "?"))
print(deep_get(company, "name.first", "not a dict"))

# === nested counting: dict of dicts ===
sales = [("north", "apples", 3), ("south", "apples", 5), ("north", "pears", 2), ("north", "apples", 1)]
table = {}
for region, product, qty in sales:
    table.setdefault(region, {}).setdefault(product, 0)
    table[region][product] += qty
print(table)

# === flatten nested dict into dotted keys ===
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out

flat = flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": [4]})
print(flat)

# === invert a mapping of lists ===
groups = {"fruit": ["apple", "pear"], "veg": ["kale"], "both": ["tomato"]}
inverse = {item: group for group, items in groups.items() for item in items}
print(inverse)

# === copying: shallow vs manual deep ===
original = {"list": [1, 2], "n": 1}
shallow = original.copy()
deep = {k: (v[:] if isinstance(v, list) else v) for k, v in original.items()}
original["list"].append(3)
original["n"] = 99
print(shallow, deep)
