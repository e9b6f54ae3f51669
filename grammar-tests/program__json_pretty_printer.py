# === a hand-written JSON serializer (no imports) ===
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def to_json(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {value!r}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + to_json(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{pad}{escape(k)}: {to_json(v, indent, level + 1)}")
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

doc = {
    "name": "report \"Q1\"",
    "version": 3,
    "ratio": 0.125,
    "ok": True,
    "missing": None,
    "tags": ["a", "b\tc"],
    "nested": {"empty_list": [], "empty_obj": {}, "matrix": [[1, 2], [3, 4]]},
    "note": "line1\nline2",
}
print(to_json(doc))
print(to_json([1, [2, [3, []]]], indent=1))

# === errors ===
for bad in [{1: "int key"}, {"x": float("nan")}, {"s": {1, 2}}]:
    try:
        to_json(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
