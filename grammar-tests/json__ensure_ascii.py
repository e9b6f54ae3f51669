# allow-import: json
import json

s = {'city': 'Zürich', 'emoji': '😀', 'cjk': '東京', 'ctrl': 'a\x01b\n\t', 'quote': 'say "hi" \\'}

# === default escapes non-ascii ===
print(json.dumps(s))

# === ensure_ascii False keeps characters ===
print(json.dumps(s, ensure_ascii=False))

# === roundtrip ===
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)

# === special characters ===
print(json.dumps('\u2028\u2029 </script>'), json.dumps('\x7f'), json.dumps('\u00ff'))
