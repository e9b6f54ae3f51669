# allow-import: json
import json

# === unserializable objects ===
for obj in [{1, 2}, b'x', object, complex if False else range(3), {'k': {1}}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)

# === bad keys ===
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)

# === circular references ===
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)

# === default raising ===
def default(o):
    raise TypeError(f'cannot encode {type(o).__name__}')
try:
    json.dumps([1, {2}], default=default)
except TypeError as e:
    print('TypeError', e)

# === bad arguments ===
try:
    json.dumps([1], indent=[1])
except TypeError as e:
    print('TypeError', e)
