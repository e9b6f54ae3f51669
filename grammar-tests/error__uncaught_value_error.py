# === parsing numbers from text ===
def parse_list(raw):
    out = []
    for part in raw.split(","):
        out.append(int(part))
    return out

print(parse_list("1,2,3"), parse_list(" 4 , 5 "))

# === tolerant parser ===
def parse_tolerant(raw):
    good, bad = [], []
    for part in raw.split(","):
        try:
            good.append(int(part))
        except ValueError:
            bad.append(part.strip())
    return good, bad

print(parse_tolerant("10, x, 30, 4.5"))

# === strict parser on bad input: unhandled ===
raw = "10, 20, thirty, 40"
total = 0
for part in raw.split(","):
    value = int(part)
    total += value
    print("running total", total)
