# === full set of comparisons implemented by hand ===
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.2.0"), Version("1.10") > Version("1.9"))
print(Version("3.0") >= Version("3.0"), Version("3.0") <= Version("2.9"))

# === only __lt__ defined: > works through reflection ===
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, o):
        return self.kg < o.kg
    def __repr__(self):
        return f"{self.kg}kg"

w1, w2 = Weight(5), Weight(7)
print(w1 < w2, w2 > w1, w1 > w2, sorted([w2, w1, Weight(1)]))
try:
    w1 <= w2
except TypeError as e:
    print("TypeError:", e)
