deps = {
    "app": ["web", "db", "auth"],
    "web": ["http", "templates"],
    "auth": ["db", "crypto"],
    "db": ["driver"],
    "templates": [],
    "http": ["sockets"],
    "crypto": [],
    "driver": ["sockets"],
    "sockets": [],
}

# === Kahn's algorithm with deterministic ordering ===
def topo(graph):
    indeg = {n: 0 for n in graph}
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
    users = {n: [] for n in graph}
    for n, ds in graph.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if n not in order)
        raise ValueError(f"cycle among {stuck}")
    return order

print(topo(deps))

# === depth of each node ===
memo = {}
def depth(n):
    if n not in memo:
        memo[n] = 1 + max((depth(d) for d in deps[n]), default=-1)
    return memo[n]
layers = {}
for n in deps:
    layers.setdefault(depth(n), []).append(n)
for level in sorted(layers):
    print(level, sorted(layers[level]))

# === cycle detection ===
cyclic = dict(deps, sockets=["app"])
try:
    topo(cyclic)
except ValueError as e:
    print("ValueError:", e)
