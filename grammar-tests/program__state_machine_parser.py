# === a CSV line parser with quotes as an explicit state machine ===
def parse_line(line, sep=","):
    fields, buf = [], []
    state = "start"
    for ch in line:
        if state in ("start", "unquoted"):
            if ch == sep:
                fields.append("".join(buf))
                buf = []
                state = "start"
            elif ch == '"' and state == "start":
                state = "quoted"
            else:
                buf.append(ch)
                state = "unquoted"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                buf.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                buf.append('"')
                state = "quoted"
            elif ch == sep:
                fields.append("".join(buf))
                buf = []
                state = "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    if state == "quoted":
        raise ValueError("unterminated quote")
    fields.append("".join(buf))
    return fields

samples = [
    'a,b,c',
    '"hello, world",42,',
    '"she said ""hi""",x',
    ',,',
    '"",""',
    'plain "inner" quotes,1',
    '"open,2',
    '"closed"x,3',
]
for s in samples:
    try:
        print(f"{s!r:<28} -> {parse_line(s)}")
    except ValueError as e:
        print(f"{s!r:<28} !! {e}")

# === use it to build records ===
data = ['name,qty,note', 'bolt,10,"M4, steel"', 'nut,25,', '"washer, flat",100,"bulk ""x"""']
head, *rows = [parse_line(l) for l in data]
records = [dict(zip(head, r)) for r in rows]
for r in records:
    print(r)
print(sum(int(r["qty"]) for r in records))
