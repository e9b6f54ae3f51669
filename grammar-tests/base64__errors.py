# allow-import: base64
import base64

# === incorrect padding and characters ===
for bad in ['abc', 'a', '!!!!', 'ab=c']:
    try:
        print(repr(bad), base64.b64decode(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

# === validate ===
try:
    base64.b64decode('aGk=\n', validate=True)
except ValueError as e:
    print(type(e).__name__, e)
print(base64.b64decode('aG k=\n'))

# === other decoders ===
for name, f, arg in [('b32decode', base64.b32decode, 'ABC'), ('b16decode', base64.b16decode, 'zz'), ('b16decode', base64.b16decode, 'abc')]:
    try:
        f(arg)
    except ValueError as e:
        print(name, type(e).__name__, e)

# === type errors ===
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError', e)
