# === key=value config parsing ===
config_text = """
# comment line
name = demo app
debug=true
retries = 3
ratio= 0.75

empty =
"""
config = {}
for raw in config_text.split("\n"):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, value = line.split("=", 1)
    key, value = key.strip(), value.strip()
    if value.isdigit():
        value = int(value)
    elif value in ("true", "false"):
        value = value == "true"
    elif value.count(".") == 1 and value.replace(".", "").isdigit():
        value = float(value)
    config[key] = value
print(config)

# === split with maxsplit and default whitespace ===
print("  a  b   c ".split(), "a b c d".split(" ", 2), "a,b,c".split(",", 0))
print("no-sep".split(","), "".split(","), "".split(), ",".split(","))

# === join variants ===
parts = ["usr", "local", "bin"]
print("/" + "/".join(parts), "".join(parts), "\n".join(["l1", "l2"]).split("\n"))
print(", ".join(str(n) for n in range(5)), " ".join(map(str, [1.5, 2, None])))

# === path and url manipulation ===
path = "/home/user/docs/report.final.pdf"
directory, _, filename = path[:path.find("report")], None, path.split("/")[-1]
stem = filename[:filename.find(".")]
ext = filename.split(".")[-1]
print(directory, filename, stem, ext)
url = "https://example.com/search?q=python&page=2&lang="
query = url.split("?", 1)[1]
params = {}
for pair in query.split("&"):
    k, v = pair.split("=")
    params[k] = v
print(params)

# === replace chains and counting ===
s = "The rain in Spain stays mainly in the plain"
print(s.count("ain"), s.lower().count("the"), s.replace("ain", "AIN").replace(" ", "_"))
print(s.find("Spain"), s.find("spain"), s[s.find("stays"):].split()[0])
words = s.split()
print(len(words), max(words, key=len), sorted(words, key=lambda w: w.lower())[:3])

# === title case and startswith/endswith ===
for fname in ["photo.JPG", "notes.txt", "archive.tar.gz", "README"]:
    lower = fname.lower()
    kind = "image" if lower.endswith((".jpg", ".png")) else "archive" if ".tar" in lower else "text"
    print(f"{fname:<16}{kind:<8}{fname.upper().startswith('READ')}")
