# === greedy word wrapping with split/join ===
text = "The quick brown fox jumps over the lazy dog and keeps running far beyond the hills until dusk"
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
for width in [20, 35]:
    lines = wrap(text, width)
    print(f"-- width {width}: {len(lines)} lines")
    for line in lines:
        print(f"|{line:<{width}}|")

# === justify ===
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for line in wrap(text, 30):
    print(f"[{justify(line, 30)}]")
