# allow-import: csv, io, statistics
import csv
import io
import statistics

raw = '''date,product,units,price
2024-03-01,widget,3,2.50
2024-03-01,gadget,1,10.00
2024-03-02,widget,5,2.50
2024-03-02,gizmo,2,7.25
2024-03-03,gadget,4,9.50
'''

# === parse and aggregate ===
rows = list(csv.DictReader(io.StringIO(raw)))
revenue = {}
for r in rows:
    revenue[r['product']] = revenue.get(r['product'], 0) + int(r['units']) * float(r['price'])
print(revenue)
print(statistics.mean(int(r['units']) for r in rows), len(rows), rows[0]['date'])

# === write a summary csv ===
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['product', 'revenue'])
for product, total in sorted(revenue.items(), key=lambda kv: -kv[1]):
    w.writerow([product, f'{total:.2f}'])
print(out.getvalue())

# === round trip ===
back = list(csv.reader(io.StringIO(out.getvalue())))
print(back[1:], csv.list_dialects() and 'excel' in csv.list_dialects())
