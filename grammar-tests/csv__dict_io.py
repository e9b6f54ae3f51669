# allow-import: csv, io
import csv
import io

# === DictReader with a header row ===
text = "name,dept,salary\nAnn,eng,120\nBob,ops,95\n\nCid,eng,105,extra\nDee,ops\n"
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(row, reader.line_num)

# === explicit fieldnames, restkey and restval ===
rows = list(csv.DictReader(["1,2", "3", "4,5,6,7"], fieldnames=["a", "b", "c"], restkey="more", restval="?"))
print(rows)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)
print(list(csv.DictReader(["x;y", "1;2"], delimiter=";")))

# === aggregate like an agent would ===
by_dept = {}
for row in csv.DictReader(io.StringIO("name,dept,salary\nAnn,eng,120\nBob,ops,95\nCid,eng,105\n")):
    by_dept.setdefault(row["dept"], []).append(int(row["salary"]))
for dept, pays in sorted(by_dept.items()):
    print(dept, len(pays), sum(pays) / len(pays))

# === DictWriter ===
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age", "city"])
print(w.writeheader())
w.writerow({"name": "Ann", "age": 30, "city": "Paris"})
w.writerow({"name": "Bob"})
w.writerows([{"name": "Cy", "city": "Rome, IT"}, {"age": 5}])
print(repr(out.getvalue()))
print(w.fieldnames)

out = io.StringIO()
w = csv.DictWriter(out, ["a", "b"], restval="NA", extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerow({"a": 1, "zzz": 2})
print(out.getvalue(), end="")

# === DictWriter errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
w = csv.DictWriter(io.StringIO(), ["a"])
attempt(lambda: w.writerow({"a": 1, "b": 2}))
attempt(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad"))
attempt(lambda: csv.DictWriter(io.StringIO()))

# === csv text built with join and parsed back ===
table = [["product", "qty", "price"], ["pen", "10", "1.50"], ["notebook, large", "2", "4.25"]]
buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(table)
buf.seek(0)
total = 0.0
for rec in csv.DictReader(buf):
    total += int(rec["qty"]) * float(rec["price"])
print(f"total={total:.2f}")
