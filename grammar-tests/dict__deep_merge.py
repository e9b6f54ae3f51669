# === recursive merge of nested configuration dicts ===
def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
defaults = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False, "timeout": 5}}, "debug": False, "tags": ["a"]}
prod = {"db": {"host": "db.prod", "opts": {"ssl": True}}, "tags": ["prod"], "workers": 8}
merged = deep_merge(defaults, prod)
print(merged)
print(defaults["db"]["opts"], merged["db"]["opts"], merged["tags"] is prod["tags"])

# === flattening with dotted keys and back ===
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            items.update(flatten(v, key + "."))
        else:
            items[key] = v
    return items
flat = flatten(merged)
print(flat)
def unflatten(flat):
    root = {}
    for dotted, v in flat.items():
        *parents, leaf = dotted.split(".")
        node = root
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = v
    return root
print(unflatten(flat) == merged)
