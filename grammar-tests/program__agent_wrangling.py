# allow-import: math
# === agent-style data wrangling ===
orders = [
    {"id": 1, "customer": "ana", "items": [("apple", 3, 0.5), ("pear", 1, 0.75)], "status": "shipped"},
    {"id": 2, "customer": "bo", "items": [("kiwi", 12, 0.2)], "status": "pending"},
    {"id": 3, "customer": "ana", "items": [], "status": "cancelled"},
    {"id": 4, "customer": "cy", "items": [("apple", 1, 0.5), ("fig", 6, 1.1)], "status": "shipped"},
]
def total(order):
    return round(sum(q * p for _, q, p in order["items"]), 2)
by_customer = {}
for o in orders:
    by_customer.setdefault(o["customer"], []).append(total(o))
print(by_customer)
summary = {c: {"orders": len(t), "spent": sum(t), "max": max(t, default=0)} for c, t in sorted(by_customer.items())}
for name, s in summary.items():
    print(f"{name:<5}|{s['orders']:>3}|{s['spent']:>8.2f}|{s['max']:>6}")
shipped = [o["id"] for o in orders if o["status"] == "shipped" and total(o) > 1]
print(shipped, any(o["status"] == "pending" for o in orders), all(o["items"] for o in orders))
counts = {}
for o in orders:
    for name, qty, _ in o["items"]:
        counts[name] = counts.get(name, 0) + qty
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, dict(top))
# === string processing ===
text = """The quick brown fox. The lazy dog!
A second line, with punctuation; and MORE words."""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda x: (-x[1], x[0]))[:4], len(words), len(set(words)))
print(text.splitlines()[1].title(), "|".join(w[::-1] for w in words[:3]), text.count("e"), text.upper()[:9])
lines = ["name,age,city", "Ann,31,Paris", "Bob,,Rome", "Cid,45,"]
header, *rows = [l.split(",") for l in lines]
records = [dict(zip(header, r)) for r in rows]
ages = [int(r["age"]) for r in records if r["age"]]
print(records[1], sum(ages) / len(ages), f"{sum(ages)/len(ages):.1f}", [r["city"] or "?" for r in records])
# === numbers ===
import math
vals = [3.5, -1.25, 10, 7.0, 2 ** 0.5]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)
print(mean, var, math.sqrt(var), round(mean, 3), f"{var:.4e}", f"{mean:+.2f}", int(mean), math.floor(-1.5), -7 // 2, 2 ** -2)
print(1e100, 1.5e-10, 123456789012345678.0, 0.1 * 3, 1 / 7, 10 / 2, 3 * 1.1, 2 ** 64, float(2 ** 64), -0.0, abs(-0.0))
print(f"{1234567.891:,.2f}", f"{0.000123:.2%}", f"{42:#x}", f"{255:08b}", f"{3.14159:10.3f}|", f"{'x':*^9}", f"{12:+d}", format(1e20, "f"))
