# allow-import: json
import json

# === escapes ===
samples = ['quote " here', "back\\slash", "new\nline", "tab\there", "cr\rx",
           "\b\f", "\x00\x01\x1f", "slash / stays", "\x7f del"]
for s in samples:
    print(json.dumps(s))

# === ensure_ascii default ===
uni = ["café", "naïve", "日本語", "emoji 😀", "ß", "\u2028"]
for s in uni:
    print(json.dumps(s))

# === ensure_ascii=False ===
for s in uni:
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}))

# === round trip ===
for s in samples + uni:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print("round trips ok")
