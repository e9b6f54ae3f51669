# allow-import: json
import json

# === messages and positions ===
for doc in ['', '   ', '{', '{"a"}', '{"a": }', '[1, 2', '[1,]', '{"a": 1,}', 'tru', '"abc', '01', '1 2', '{1: 2}', "{'a': 1}", '[1] x', '"\\x"', '"a\nb"', 'nul', '-', '1.', '.5', '[', '{"a" 1}']:
    try:
        json.loads(doc)
        print(repr(doc), 'ok')
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e.msg, e.pos, e.lineno, e.colno)

# === multi-line positions ===
try:
    json.loads('{\n  "a": 1,\n  "b": ?\n}')
except json.JSONDecodeError as e:
    print(str(e))

# === it is a ValueError ===
try:
    json.loads('[')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError))

# === non-string input ===
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
