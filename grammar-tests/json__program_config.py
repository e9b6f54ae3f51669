# allow-import: json
import json

# === merge configuration layers ===
defaults = json.loads('''
{"server": {"host": "localhost", "port": 8080, "tls": false},
 "features": ["search", "export"],
 "limits": {"rate": 100, "burst": 20}}
''')
override = json.loads('{"server": {"port": 9090, "tls": true}, "limits": {"rate": 250}}')

def merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out

config = merge(defaults, override)
print(json.dumps(config, indent=2, sort_keys=True))

# === records to JSON lines and back ===
records = [
    {"id": i, "name": f"item-{i}", "score": round(i * 1.1, 2), "active": i % 2 == 0}
    for i in range(5)
]
lines = "\n".join(json.dumps(r) for r in records)
print(lines)
parsed = [json.loads(line) for line in lines.splitlines()]
print(parsed == records)
active = [r["name"] for r in parsed if r["active"]]
print(active, sum(r["score"] for r in parsed))

# === extract from an LLM-style reply ===
reply = 'Sure! Here is the data: {"answer": 42, "sources": ["a", "b"]} Hope it helps.'
start, end = reply.index("{"), reply.rindex("}") + 1
obj = json.loads(reply[start:end])
print(obj["answer"], obj["sources"])
try:
    json.loads(reply)
except json.JSONDecodeError as e:
    print("not pure JSON:", e.msg, "at", e.pos)

# === counting word frequencies into a JSON report ===
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(json.dumps(dict(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))))
