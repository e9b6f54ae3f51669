# allow-import: hashlib
import hashlib

data = b'The quick brown fox jumps over the lazy dog'

# === hex digests ===
for name in ['md5', 'sha1', 'sha256', 'sha224', 'sha384', 'sha512']:
    h = hashlib.new(name, data)
    print(name, h.digest_size, h.block_size, h.hexdigest())

# === constructors and names ===
print(hashlib.sha256(b'').hexdigest(), hashlib.md5().name, hashlib.sha1(b'x').name)
print(sorted(a for a in hashlib.algorithms_guaranteed if a in {'md5', 'sha1', 'sha256', 'sha512'}))

# === errors ===
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
