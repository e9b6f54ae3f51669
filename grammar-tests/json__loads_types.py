# allow-import: json
import json

# === scalar types ===
for s in ['1', '-0', '1.5', '1e3', '-2.5E-2', 'true', 'false', 'null', '"x"', '12345678901234567890', '1.0']:
    v = json.loads(s)
    print(s, repr(v), type(v).__name__)

# === containers ===
print(json.loads('{"a": [1, 2, {"b": null}], "c": {}}'))
print(json.loads('  [ 1 , 2 ]  '), json.loads('[]'), json.loads('{}'))

# === string escapes ===
print(json.loads(r'"tab\there \u00e9 \ud83d\ude00 \"q\" \\ \/"'))

# === duplicate keys keep last ===
print(json.loads('{"a": 1, "a": 2}'))

# === parse_float / parse_int / parse_constant ===
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))

# === object_pairs_hook ===
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))

# === bytes input ===
print(json.loads(b'{"k": "v"}'))
