# `s += t` may append in place only when nothing else holds the string:
# aliases, container items, keys and closures keep the old value.

# === module-level string with an alias ===
s = "ab"
alias = s
s += "cd"
print(s, alias)

# === module-level string in a loop, aliased midway ===
log = ""
snapshots = []
for i in range(5):
    log += str(i)
    if i % 2 == 0:
        snapshots.append(log)
print(log, snapshots)

# === held by a dict key and a tuple ===
key = "k"
table = {key: 1}
pair = (key, key)
key += "ey"
print(key, table, pair)

# === local string, captured by a closure before the append ===
def build():
    text = "x"
    seen = lambda: text
    before = seen()
    text += "y"
    return text, before, seen()

print(build())

# === global appended inside a function ===
out = ""

def emit(part):
    global out
    out += part

copy = out
for p in ["a", "b", "c"]:
    emit(p)
print(repr(copy), out, len(out))
