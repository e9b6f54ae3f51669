# === split and join are inverses with an explicit separator ===
for s in ["a,b,c", ",a,,b,", "", ",", "no sep"]:
    parts = s.split(",")
    print(repr(s), parts, ",".join(parts) == s)

# === whitespace split is not reversible ===
s = "  a   b\tc \n"
print(s.split(), " ".join(s.split()), repr(" ".join(s.split(" "))))

# === csv-like lines ===
rows = [["id", "name", "score"], ["1", "ann", "9.5"], ["2", "bob", "7"]]
text = "\n".join(",".join(r) for r in rows)
print(text)
back = [line.split(",") for line in text.splitlines()]
print(back == rows, [dict(zip(back[0], r)) for r in back[1:]])

# === path manipulation ===
path = "/home/user/docs/report.final.pdf"
parts = path.split("/")
print(parts, "/".join(parts[:-1]), parts[-1].rsplit(".", 1), path.rpartition("/")[2].partition(".")[0])
