# allow-import: csv, io
import csv
import io

# === DictWriter ===
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'age', 'city'], lineterminator='\n')
w.writeheader()
w.writerow({'name': 'Ann', 'age': 30, 'city': 'Oslo'})
w.writerow({'name': 'Bob', 'age': 25})
w.writerows([{'name': 'Cy', 'city': 'Rome', 'age': 41}])
print(out.getvalue())

# === restval and extrasaction ===
out = io.StringIO()
w = csv.DictWriter(out, ['a', 'b'], restval='?', extrasaction='ignore', lineterminator='\n')
w.writerow({'a': 1, 'zzz': 9})
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)

# === DictReader options ===
src = 'x,y\n1,2\n3\n4,5,6\n'
for row in csv.DictReader(io.StringIO(src), restkey='extra', restval='-'):
    print(row)
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['p', 'q'])
print([dict(row) for row in r], r.fieldnames)

# === aggregate a csv ===
sales = 'region,amount\nnorth,10\nsouth,5\nnorth,7\n'
totals = {}
for row in csv.DictReader(io.StringIO(sales)):
    totals[row['region']] = totals.get(row['region'], 0) + int(row['amount'])
print(totals)
