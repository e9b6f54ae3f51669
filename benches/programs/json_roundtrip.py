# Agent-shaped: json.dumps then json.loads of a ~1 MB document of nested
# records, then a walk over the parsed result.
import json

records = []
for i in range(6000):
    records.append({
        "id": i,
        "name": "user_" + str(i),
        "active": i % 3 == 0,
        "score": (i * 7919 % 10000) / 100,
        "tags": ["t" + str(i % 7), "g" + str(i % 13)],
        "address": {"city": "city" + str(i % 50), "zip": str(10000 + i % 9000), "geo": [i % 90, -(i % 180)]},
        "note": None if i % 5 else "needs review",
    })
doc = {"version": 2, "count": len(records), "records": records}
text = json.dumps(doc)
back = json.loads(text)
again = json.dumps(back, indent=1, sort_keys=True)
active = sum(1 for r in back["records"] if r["active"])
print(len(text), len(again), back["count"], active, back["records"][4321]["address"]["city"], back == doc)
