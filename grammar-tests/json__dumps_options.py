# allow-import: json
import json

data = {'name': 'Ann', 'tags': ['a', 'b'], 'age': 30, 'ok': True, 'none': None, 'score': 9.5, 'nested': {'z': 1, 'a': [1, {'k': []}]}}

# === indent variants ===
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps({'a': 1}, indent=-1))

# === sort_keys and separators ===
print(json.dumps(data, sort_keys=True, separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2}, indent=1, separators=(', ', ' = ')))

# === skipkeys and key coercion ===
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}))
print(json.dumps({(1, 2): 'tuple', 'k': 1}, skipkeys=True))

# === default hook ===
class P:
    def __init__(self, x): self.x = x
print(json.dumps({'p': P(3), 's': {2}}, default=lambda o: o.x if isinstance(o, P) else sorted(o)))

# === tuples become lists ===
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps(''))
