# === rich comparisons ===
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __repr__(self):
        return f"v{self.text}"

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") <= Version("2.0"))

# === reflected comparison: > uses other's __lt__ ===
print(Version("3.0") > Version("2.9"), Version("1.0") >= Version("1.0"))

# === only __lt__ defined: sort works, > uses reflection ===
class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return f"{self.name}({self.priority})"

tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(Task(5, "a") > Task(1, "b"))
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)

# === comparing incomparable objects ===
class Blob:
    pass

try:
    Blob() < Blob()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Blob(), Blob()])
except TypeError as e:
    print("TypeError:", e)

# === sort stability with keys ===
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(records, key=lambda r: r[1]))
