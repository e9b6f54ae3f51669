# d["key"], d["key"] = v and d["key"] += v with str keys: the same text
# built another way, objects that hash and compare like a str,
# missing keys.
d = {"units": 1, "price": 2.5}
built = "un" + "its"
print(d[built], d["units"])
d[built] = 10
d["price"] += 0.5
print(d)

class Alias:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        return other == self.text

a = {Alias("city"): "Lyon"}
print(a["city"])
a["city"] = "Nice"
print(len(a), a["city"])

try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)

counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
for w in "a b":
    if w in counts:
        counts[w] += 10
print(counts)
