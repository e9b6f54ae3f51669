# allow-import: io
import io

# === parse a multi-line log held in memory ===
log = io.StringIO("""2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR failed to connect
2024-01-02 INFO retry ok
""")
counts = {}
for line in log:
    level = line.split()[1]
    counts[level] = counts.get(level, 0) + 1
print(counts, log.tell(), repr(log.readline()))

# === write a table then read it back line by line ===
buf = io.StringIO()
for i in range(1, 6):
    buf.write(f"{i:>2} {i * i:>3} {i ** 3:>4}\n")
print(buf.tell(), len(buf.getvalue()))
buf.seek(0)
first = buf.readline()
rest = buf.read()
print(repr(first), rest.count("\n"))
buf.seek(0)
print([int(l.split()[2]) for l in buf.readlines()])

# === redirect prints into a buffer ===
out = io.StringIO()
for name, score in [("ann", 9), ("bo", 7)]:
    print(f"{name}:", score, file=out)
print("captured:", out.getvalue().splitlines())

# === overwrite in place ===
s = io.StringIO("hello world")
s.seek(6)
s.write("there")
s.seek(0)
print(s.read())
s.seek(0)
s.truncate(5)
print(repr(s.getvalue()), s.tell())

# === iteration helpers ===
text = "alpha\nbeta\n\ngamma"
lines = [l.rstrip("\n") for l in io.StringIO(text)]
print(lines, sum(1 for _ in io.StringIO(text)), next(iter(io.StringIO(text))))
print(list(enumerate(io.StringIO("x\ny\n"), 1)))
