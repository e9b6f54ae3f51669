# === weighted graph as dict of dicts ===
roads = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}

# === dijkstra with a simple list-based priority queue ===
def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    prev = {node: None for node in graph}
    dist[source] = 0
    unvisited = set(graph)
    while unvisited:
        current = min(sorted(unvisited), key=lambda n: dist[n])
        if dist[current] == float("inf"):
            break
        unvisited.remove(current)
        for neighbor, weight in graph[current].items():
            candidate = dist[current] + weight
            if candidate < dist[neighbor]:
                dist[neighbor] = candidate
                prev[neighbor] = current
    return dist, prev

def path(prev, target):
    out = []
    while target is not None:
        out.append(target)
        target = prev[target]
    return out[::-1]

dist, prev = dijkstra(roads, "A")
for node in sorted(roads):
    d = dist[node]
    route = " -> ".join(path(prev, node)) if d != float("inf") else "unreachable"
    print(f"{node}: {d:>4} via {route}")

# === all-pairs table ===
nodes = sorted(n for n in roads if roads[n])
print("    " + "".join(f"{n:>4}" for n in nodes))
for src in nodes:
    d, _ = dijkstra(roads, src)
    print(f"{src:>4}" + "".join(f"{d[n]:>4}" for n in nodes))

# === eccentricity and center ===
ecc = {n: max(dijkstra(roads, n)[0][m] for m in nodes) for n in nodes}
print(ecc, "center:", min(ecc, key=lambda n: (ecc[n], n)))
