# allow-import: json
import json

# === scalars ===
for text in ["null", "true", "false", "0", "-0", "42", "-17", "3.25", "1e3", "1E-2",
             "-0.0", "2.5e+10", '"hi"', '""', "123456789012345678901234567890",
             "NaN", "Infinity", "-Infinity", "  7  ", "\n\t[1]\r\n"]:
    v = json.loads(text)
    print(repr(text), "->", repr(v), type(v).__name__)

# === containers ===
print(json.loads('[1, "two", 3.0, null, [true, false]]'))
print(json.loads('{"name": "Ada", "langs": ["en", "fr"], "meta": {}}'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('[]'), json.loads('{}'), json.loads('[[[]]]'))
print(json.loads(' { "k" : [ 1 , 2 ] } '))

# === strings with escapes ===
print(repr(json.loads(r'"a\"b\\c\/d\n\t\r\b\f"')))
print(repr(json.loads(r'"\u00e9\u0041\u65e5"')))
print(repr(json.loads(r'"\ud83d\ude00 smile"')))
print(repr(json.loads('"日本語 ok"')))
print(json.loads(b'{"bytes": true}'))
print(json.loads('{"x": 1}'.encode()))

# === round trip of an API response ===
resp = '''{
  "status": "ok",
  "items": [
    {"id": 1, "price": 9.99, "tags": ["a", "b"]},
    {"id": 2, "price": 0.5, "tags": []}
  ],
  "next": null
}'''
obj = json.loads(resp)
total = sum(item["price"] for item in obj["items"])
print(obj["status"], len(obj["items"]), round(total, 2), obj["next"])
print(json.dumps(obj, sort_keys=True))
assert json.loads(json.dumps(obj)) == obj
