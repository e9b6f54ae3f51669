# allow-import: io
import io

# === write, tell, seek, read ===
buf = io.StringIO()
print(buf.write('hello\n'), buf.write('world\n'), buf.tell())
buf.seek(0)
print(repr(buf.read(3)), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
buf.seek(0)
print(buf.readlines())

# === initial value and overwrite ===
b = io.StringIO('abcdef')
b.seek(2)
b.write('XY')
print(b.getvalue(), b.tell(), b.read())

# === iteration ===
log = io.StringIO('line1\nline2\n\nline4')
print([l.rstrip('\n') for l in log])

# === truncate ===
t = io.StringIO('0123456789')
t.truncate(4)
print(repr(t.getvalue()), t.seek(0, 2), t.tell())

# === print to a buffer ===
out = io.StringIO()
print('a', 1, sep='-', end='!\n', file=out)
print('second', file=out)
print(repr(out.getvalue()))

# === closed buffer ===
c = io.StringIO('x')
c.close()
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
