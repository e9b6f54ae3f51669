# allow-import: json, io
import json

# === config merge ===
defaults = json.loads('{"debug": false, "db": {"host": "localhost", "port": 5432}, "features": []}')
override = json.loads('{"db": {"port": 6543}, "features": ["x"], "debug": true}')
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
cfg = merge(defaults, override)
print(json.dumps(cfg, indent=2, sort_keys=True))

# === records to json lines ===
records = [{'id': i, 'sq': i * i, 'even': i % 2 == 0} for i in range(4)]
lines = '\n'.join(json.dumps(r) for r in records)
print(lines)
print(sum(json.loads(l)['sq'] for l in lines.splitlines()))

# === pretty table from json ===
doc = '[{"name": "ann", "score": 91.5}, {"name": "bob", "score": 78}]'
for row in json.loads(doc):
    print(f"{row['name']:<5}{row['score']:>6.1f}")

# === dump and load with StringIO ===
import io
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
