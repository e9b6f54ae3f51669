# allow-import: csv, io
import csv
import io

rows = [['id', 'name', 'note'], [1, 'Ann', 'likes "quotes"'], [2, 'Bob, Jr.', 'multi\nline'], [3, '', None]]

# === quoting modes ===
for mode in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    out = io.StringIO()
    csv.writer(out, quoting=mode).writerows(rows)
    print(mode, repr(out.getvalue()))

# === delimiter and lineterminator ===
out = io.StringIO()
csv.writer(out, delimiter=';', lineterminator='\n').writerows(rows[:2])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter='\t', quotechar="'").writerow(["it's", 'x\ty'])
print(repr(out.getvalue()))

# === reading quirks ===
data = 'a,"b,c",d\n"say ""hi""",,x\n  sp , q \n'
print(list(csv.reader(io.StringIO(data))))
print(list(csv.reader(io.StringIO(data), skipinitialspace=True)))
print(list(csv.reader(['1;2;3'], delimiter=';')), list(csv.reader(['"a\nb",c'])))

# === QUOTE_NONNUMERIC reading ===
print(list(csv.reader(io.StringIO('1,"x",2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))

# === errors ===
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print('csv.Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('csv.Error', e)
