# allow-import: io, csv
import io
import csv

# === context manager ===
with io.StringIO() as f:
    f.write('inside')
    print(f.getvalue(), f.closed)
print(f.closed)

# === building reports ===
def report(rows):
    buf = io.StringIO()
    buf.write(f"{'item':<8}{'qty':>4}\n")
    for name, qty in rows:
        buf.write(f'{name:<8}{qty:>4}\n')
    return buf.getvalue()
print(report([('apple', 3), ('kiwi', 12)]), end='')

# === csv through StringIO ===
src = io.StringIO('name,score\nann,90\nbob,85\n')
rows = list(csv.DictReader(src))
print(rows)
out = io.StringIO()
w = csv.writer(out)
w.writerows([['x', 1], ['y, z', 2]])
print(repr(out.getvalue()))

# === readline with size and newline handling ===
s = io.StringIO('ab\r\ncd\n')
print(repr(s.readline(1)), repr(s.readline()), repr(s.read()))
print(io.StringIO('a\nb').read().splitlines(), io.StringIO().read() == '')

# === errors ===
try:
    io.StringIO(5)
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError', e)
