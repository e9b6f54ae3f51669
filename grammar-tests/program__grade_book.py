RAW = """ann: 91, 85, 77, 94
bob: 62, 70, 58
cy: 100, 98, 99, 97, 100
di:
ed: 45, 80, x, 75"""

# === parse scores, skipping bad entries ===
students = {}
warnings = []
for line in RAW.split("\n"):
    name, rest = line.split(":", 1)
    scores = []
    for tok in rest.split(","):
        tok = tok.strip()
        if not tok:
            continue
        if tok.isdigit():
            scores.append(int(tok))
        else:
            warnings.append(f"{name}: ignored {tok!r}")
    students[name.strip()] = scores

print(students)
print(warnings)

# === statistics per student ===
def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"

report = []
for name, scores in students.items():
    if not scores:
        report.append((name, None, "-", 0))
        continue
    avg = sum(scores) / len(scores)
    report.append((name, avg, letter(avg), len(scores)))

print(f"{'student':<8}{'avg':>7}{'grade':>7}{'n':>3}")
for name, avg, grade, n in sorted(report, key=lambda r: (r[1] is None, -(r[1] or 0))):
    avg_text = f"{avg:.1f}" if avg is not None else "n/a"
    print(f"{name:<8}{avg_text:>7}{grade:>7}{n:>3}")

# === class-wide numbers ===
all_scores = [s for scores in students.values() for s in scores]
print("all:", len(all_scores), "mean", round(sum(all_scores) / len(all_scores), 2),
      "best", max(all_scores), "worst", min(all_scores))
dist = {}
for _, avg, grade, _ in report:
    dist[grade] = dist.get(grade, 0) + 1
print(dict(sorted(dist.items())))
top = max((r for r in report if r[1] is not None), key=lambda r: r[1])
print(f"top student: {top[0]} ({top[1]:.2f})")
