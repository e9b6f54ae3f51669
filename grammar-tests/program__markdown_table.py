rows = [
    {"name": "Widget", "price": 4.5, "qty": 12, "tags": ["tools"]},
    {"name": "Gizmo Deluxe", "price": 129.0, "qty": 1, "tags": ["electronics", "gift"]},
    {"name": "Nut", "price": 0.05, "qty": 3000, "tags": []},
]

def fmt_cell(value):
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(value) if value else "-"
    return str(value)

def render(rows, columns, align):
    cells = [[fmt_cell(r[c]) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    def line(values):
        parts = []
        for v, w, a in zip(values, widths, align):
            parts.append(v.rjust(w) if a == "r" else v.center(w) if a == "c" else v.ljust(w))
        return "| " + " | ".join(parts) + " |"
    sep = "|" + "|".join(
        (":" if a in "lc" else "-") + "-" * w + (":" if a in "rc" else "-") for w, a in zip(widths, align)
    ) + "|"
    return "\n".join([line(columns), sep] + [line(r) for r in cells])

print(render(rows, ["name", "price", "qty", "tags"], "lrrc"))
print()
total = sum(r["price"] * r["qty"] for r in rows)
print(render([{"item": "TOTAL", "value": total}], ["item", "value"], "lr"))
