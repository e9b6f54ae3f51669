# allow-import: io
import io

# === write, getvalue, tell, seek, read ===
buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"), buf.tell())
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.read(5)), buf.tell(), repr(buf.read()), repr(buf.read()))
buf.seek(6)
buf.write("WORLD")
print(repr(buf.getvalue()))
buf.seek(0, io.SEEK_END)
buf.write("more")
print(repr(buf.getvalue()), buf.tell())
print(buf.seek(20), buf.write("!"), repr(buf.getvalue()))

# === initial value and line reading ===
f = io.StringIO("line one\nline two\n\nline four")
print(f.tell(), repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
print(f.readlines())
f.seek(0)
print([line.rstrip("\n") for line in f])
f.seek(0)
print(f.readlines(10))
print(list(io.StringIO("")), io.StringIO("x").readlines())

# === truncate ===
t = io.StringIO("abcdefgh")
t.seek(3)
print(t.truncate(), repr(t.getvalue()), t.tell())
print(t.truncate(1), repr(t.getvalue()), t.tell())
t.write("Z")
print(repr(t.getvalue()))

# === newline handling ===
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()))
print(io.StringIO("a\r\nb\rc\nd", newline="").readlines())
print(repr(io.StringIO("a\nb", newline="\r\n").getvalue()))
print(io.StringIO("a\r\nb\r\nc", newline="\r\n").readlines())

# === print(file=...) and writelines ===
out = io.StringIO()
print("total:", 42, file=out)
print("a", "b", sep="-", end="!\n", file=out)
out.writelines(["x\n", "y\n"])
print(repr(out.getvalue()))

# === context manager and closed state ===
with io.StringIO("data") as s:
    print(s.read(), s.closed, s.readable(), s.writable(), s.seekable())
print(s.closed)

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: s.read())
attempt(lambda: s.getvalue())
g = io.StringIO()
attempt(lambda: g.write(5))
attempt(lambda: g.write(b"x"))
attempt(lambda: g.seek(-1))
attempt(lambda: g.seek(1, 1))
attempt(lambda: g.seek(1, 2))
attempt(lambda: g.seek(0, 5))
attempt(lambda: io.StringIO(5))
attempt(lambda: io.StringIO("", newline="x"))
attempt(lambda: g.read("a"))

# === agent-style: build a report in memory ===
report = io.StringIO()
rows = [("alice", 93.5), ("bob", 78.25), ("carol", 88.0)]
report.write(f"{'name':<8}{'score':>8}\n")
for name, score in rows:
    report.write(f"{name:<8}{score:>8.2f}\n")
text = report.getvalue()
print(text, end="")
print(len(text.splitlines()), "lines")
