# allow-import: json, math
import json, math

# === NaN and infinities ===
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
v = json.loads('[NaN, Infinity, -Infinity]')
print(math.isnan(v[0]), v[1], v[2])
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)

# === float repr ===
print(json.dumps([0.1, 1e16, 1e-7, 3.0, -0.0, 1.5e300, 123456789.123]))
print(json.dumps(2 ** 70), json.dumps(-1))

# === roundtrip exactness ===
xs = [0.1 + 0.2, 1 / 3, 2 ** 0.5, 1e22, 5e-324]
print(json.loads(json.dumps(xs)) == xs)

# === bools are not ints in output ===
print(json.dumps([True, False, 1, 0]), json.dumps({True: 1}))
