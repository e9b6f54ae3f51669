# === comparing two configurations with views ===
old = {"host": "a", "port": 80, "debug": False, "tls": True}
new = {"host": "b", "port": 80, "debug": False, "cache": 60}
added = new.keys() - old.keys()
removed = old.keys() - new.keys()
changed = {k for k in old.keys() & new.keys() if old[k] != new[k]}
same = old.items() & new.items()
print(sorted(added), sorted(removed), sorted(changed), sorted(same))
for k in sorted(old.keys() | new.keys()):
    print(f"{k:<6} {old.get(k, '-')!s:>6} -> {new.get(k, '-')!s:<6}")

# === views reflect later changes ===
keys = new.keys()
new["extra"] = 1
print(len(keys), "extra" in keys, sorted(keys)[:2])
print(list(new.values())[:2], sum(v for v in new.values() if isinstance(v, int) and not isinstance(v, bool)))
