# === chained exception escaping: only the last one is reported last ===
class ParseError(Exception):
    pass

def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}") from e
    if not 0 < port < 65536:
        raise ParseError(f"port {port} out of range")
    return port

# === good and handled cases ===
print(parse_port("8080"))
for text in ("0", "http"):
    try:
        parse_port(text)
    except ParseError as e:
        print("handled:", e, "| cause:", repr(e.__cause__))

# === unhandled ===
print(parse_port("eighty"))
