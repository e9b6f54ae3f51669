# === calling a method that does not exist ===
class Report:
    def __init__(self, title, rows):
        self.title = title
        self.rows = rows

    def render(self):
        lines = [f"== {self.title} =="]
        lines += [f"{k}: {v}" for k, v in self.rows]
        return "\n".join(lines)

r = Report("Quarterly", [("q1", 10), ("q2", 12)])
print(r.render())

# === hasattr and getattr guard against missing attributes ===
print(hasattr(r, "render"), hasattr(r, "summary"), getattr(r, "summary", None))
try:
    r.footer
except AttributeError as e:
    print("handled:", e)

# === the unguarded call fails ===
print(r.summary())
