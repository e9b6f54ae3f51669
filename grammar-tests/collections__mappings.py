# allow-import: collections
from collections import defaultdict, OrderedDict, ChainMap, Counter

# === defaultdict grouping ===
groups = defaultdict(list)
for name, team in [("ann", "red"), ("bob", "blue"), ("cid", "red"), ("dee", "green")]:
    groups[team].append(name)
print(groups)
print(dict(groups), groups["none"], len(groups))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
sets = defaultdict(set)
sets[1].add("one")
print(sets, sets.get(2), 2 in sets)
print(defaultdict(None, {"k": 1}), defaultdict(list, [("a", [1])], b=[2]))
cp = counts.copy()
cp["z"] += 1
print(cp, counts, type(cp).__name__)
print(counts | {"q": 9}, isinstance(counts, dict))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)

# === OrderedDict ===
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), OrderedDict())
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2))
print(OrderedDict.fromkeys("abc", 0), o1.copy(), o1 | {"z": 3})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
    print(key, list(lru))

# === ChainMap ===
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg))
print(cfg, cfg.get("missing"), cfg.get("missing", 0), "color" in cfg, "x" in cfg)
print(list(cfg), dict(cfg), sorted(cfg.items()))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps), cfg.maps[0] is cli)
del cfg["color"]
try:
    del cfg["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    cfg["nope"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap({"a": 1}) == {"a": 1})
counted = ChainMap(Counter(), {"x": 1})
print(counted["zzz"], counted.pop("nothing", "dflt"))
