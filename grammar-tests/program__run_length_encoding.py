# === encode ===
def rle_encode(s):
    if not s:
        return []
    runs = []
    current, count = s[0], 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    runs.append((current, count))
    return runs

def to_text(runs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in runs)

# === decode ===
def from_text(text):
    out = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

samples = ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x" * 25 + "y"]
for s in samples:
    runs = rle_encode(s)
    enc = to_text(runs)
    dec = from_text(enc)
    ratio = len(enc) / len(s) if s else 0
    print(f"{s!r:30} -> {enc!r:12} ratio={ratio:.2f} ok={dec == s}")

# === run statistics ===
runs = rle_encode("aaabccddddd")
print(runs)
print(max(runs, key=lambda r: r[1]), sum(n for _, n in runs))

# === grouping consecutive numbers into ranges ===
def ranges(nums):
    out = []
    start = prev = None
    for n in sorted(nums):
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append((start, prev))
            start = prev = n
    if start is not None:
        out.append((start, prev))
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in out)

print(ranges([1, 2, 3, 5, 7, 8, 9, 10, 15]))
print(repr(ranges([])), ranges([4]), ranges([3, 1, 2]))
