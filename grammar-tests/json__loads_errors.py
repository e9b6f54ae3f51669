# allow-import: json
import json

# === decode errors ===
bad = ['', '   ', 'nul', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1: 2}', "{'a': 1}",
       '"abc', '"a\\x"', '"\\u12"', '"\\uzzzz"', '"line\nbreak"', '[', '{', '{"a"',
       '{"a":', '[1, 2', '{"a": 1', '01', '1.', '-', '1 2', 'tru', '[1]]',
       '\ufeff{}', '{\n  "a": 1,\n  "b": ?\n}', 'True', 'undefined', '--1', '.5']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(text), "->", e)

# === error attributes ===
try:
    json.loads('{\n  "a": [1, 2,\n  ]\n}')
except json.JSONDecodeError as e:
    print(e.msg, "|", e.pos, e.lineno, e.colno)
    print(repr(e.doc[:5]))
    print(e.args)

# === it is a ValueError ===
try:
    json.loads("{bad}")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecodeError.__name__)

# === type errors ===
for arg in [5, None, [1]]:
    try:
        json.loads(arg)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads("1", bogus=1)
except TypeError as e:
    print("TypeError:", e)

# === uncaught ===
json.loads('{"key": "value",}')
