# allow-import: csv, io
import csv
import io

# === reader over a list of lines ===
lines = ["name,age,city", "Alice,30,NYC", '"Smith, Bob",25,"San Francisco"', 'Carol,,"He said ""hi"""', ""]
for row in csv.reader(lines):
    print(row)

# === reader over StringIO with embedded newlines and CRLF ===
data = 'id,note\r\n1,"multi\r\nline"\r\n2,plain\r\n\r\n3,"trailing"\r\n'
r = csv.reader(io.StringIO(data, newline=""))
rows = list(r)
print(rows, r.line_num)

# === dialect options ===
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a,"b', 'c",d'])))
print(list(csv.reader(['"a""b",c', '', 'x'])))

# === writer ===
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["name", "score", "comment"]))
w.writerow(["Ann", 91.5, 'said "wow"'])
w.writerow(["Bob, Jr.", 78, "line1\nline2"])
w.writerow([None, True, "", 1e20, 0.1])
w.writerows([[1, 2], [3, 4], []])
w.writerow([""])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, delimiter="|", quotechar="'", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, "it's"])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.5, None, True])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'q"q', "plain"])
w = csv.writer(out, dialect="unix")
w.writerow(["x", 2])
w = csv.writer(out, doublequote=False, escapechar="\\", lineterminator="\n")
w.writerow(['say "hi"'])
print(out.getvalue(), end="")

# === round trip ===
rows = [["id", "text"], ["1", "comma, here"], ["2", 'quote " here'], ["3", "new\nline"], ["4", ""]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
buf.seek(0)
print(list(csv.reader(buf)) == rows)

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: list(csv.reader(['a,"b"c'], strict=True)))
attempt(lambda: list(csv.reader(['"abc'], strict=True)))
attempt(lambda: list(csv.reader([1, 2])))
attempt(lambda: list(csv.reader(["a\rb"])))
attempt(lambda: list(csv.reader(["a"], delimiter="::")))
attempt(lambda: list(csv.reader(["a"], dialect="nope")))
attempt(lambda: list(csv.reader(["abc"], quoting=csv.QUOTE_NONNUMERIC)))
attempt(lambda: csv.writer(io.StringIO()).writerow(5))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt(lambda: csv.writer(5))
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()))
