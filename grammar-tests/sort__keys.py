# === common key functions ===
words = ["banana", "Apple", "cherry", "apple", "Banana2", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=lambda w: w[::-1]))

# === sorting dicts of records ===
inventory = [{"name": "bolt", "qty": 40, "price": 0.1}, {"name": "nut", "qty": 40, "price": 0.05}, {"name": "gear", "qty": 3, "price": 9.5}]
print([r["name"] for r in sorted(inventory, key=lambda r: r["qty"])], [r["name"] for r in sorted(inventory, key=lambda r: (-r["qty"], r["price"]))])
print([r["name"] for r in sorted(inventory, key=lambda r: r["qty"] * r["price"], reverse=True)])

# === natural sort ===
files = ["file10.txt", "file2.txt", "file1.txt", "File3.txt"]
def natural(s):
    out, num = [], ""
    for ch in s.lower():
        if ch.isdigit():
            num += ch
        else:
            if num:
                out.append(int(num))
                num = ""
            out.append(ch)
    if num:
        out.append(int(num))
    return [(0, x) if isinstance(x, int) else (1, x) for x in out]
print(sorted(files), sorted(files, key=natural))

# === key called once per item ===
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), sorted(calls))

# === None values last ===
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v or 0)))
