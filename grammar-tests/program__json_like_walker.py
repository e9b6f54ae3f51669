doc = {
    "service": "api",
    "version": 3,
    "replicas": [
        {"region": "eu", "count": 2, "healthy": True},
        {"region": "us", "count": 3, "healthy": False, "notes": None},
    ],
    "limits": {"cpu": 1.5, "memory": "512Mi", "burst": {"cpu": 3}},
    "tags": ["prod", "critical"],
}

# === walk every leaf with its path ===
def walk(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, path + (i,))
    else:
        yield path, node

for path, value in walk(doc):
    dotted = ".".join(str(p) for p in path)
    print(f"{dotted:<24} {type(value).__name__:<6} {value!r}")

# === get with a dotted path and default ===
def get(node, dotted, default=None):
    for part in dotted.split("."):
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return default
    return node

for q in ["limits.burst.cpu", "replicas.1.region", "replicas.5.region", "tags.x", "service.name"]:
    print(q, "->", get(doc, q, "<missing>"))

# === type census ===
census = {}
for _, v in walk(doc):
    census[type(v).__name__] = census.get(type(v).__name__, 0) + 1
print(dict(sorted(census.items())))
print(sum(r["count"] for r in doc["replicas"] if r["healthy"]))
