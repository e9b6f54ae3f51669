# allow-import: re
import re

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  [db] slow query took 1532ms table=orders
2024-03-01 12:01:10 ERROR [auth] user=bob action=login ip=10.0.0.7 reason="bad password"
2024-03-01 12:02:00 INFO  [api] GET /v1/items?id=42 200 12ms
2024-03-01 12:02:01 ERROR [api] POST /v1/orders 500 250ms
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$",
    re.MULTILINE,
)

# === parse lines ===
entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries))
for e in entries:
    print(e["time"], e["level"], e["mod"], e["msg"][:30])

# === count by level ===
counts = {}
for e in entries:
    counts[e["level"]] = counts.get(e["level"], 0) + 1
print(sorted(counts.items()))

# === key=value pairs ===
KV = re.compile(r'(\w+)=("[^"]*"|\S+)')
for e in entries:
    pairs = {k: v.strip('"') for k, v in KV.findall(e["msg"])}
    if pairs:
        print(e["mod"], pairs)

# === durations and http ===
durations = [int(x) for x in re.findall(r"(\d+)ms", LOG)]
print(durations, sum(durations), max(durations))
for method, path, status in re.findall(r"(GET|POST) (\S+) (\d{3})", LOG):
    print(method, path, int(status) >= 500)

# === redact ===
print(re.sub(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b", r"\1.\2.x.x", LOG.splitlines()[0]))
print(re.sub(r"user=(\w)\w*", lambda m: "user=" + m.group(1) + "***", LOG).count("***"))

# === errors only, via search on each line ===
errors = [line for line in LOG.splitlines() if re.search(r"\bERROR\b", line)]
print(len(errors), [re.search(r"\[(\w+)\]", l).group(1) for l in errors])
