# allow-import: hashlib
import hashlib

# === incremental updates equal one shot ===
h = hashlib.sha256()
for chunk in [b'The quick ', b'brown fox ', b'jumps']:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b'The quick brown fox jumps').hexdigest())

# === copy forks the state ===
base = hashlib.md5(b'prefix-')
a, b = base.copy(), base.copy()
a.update(b'a')
b.update(b'b')
print(a.hexdigest(), b.hexdigest(), base.hexdigest())

# === digest bytes ===
d = hashlib.sha1(b'abc').digest()
print(len(d), d[:4], d.hex()[:8])

# === content addressing ===
files = {'a.txt': b'hello', 'b.txt': b'world', 'c.txt': b'hello'}
by_hash = {}
for name, content in files.items():
    by_hash.setdefault(hashlib.sha256(content).hexdigest()[:12], []).append(name)
print(sorted(by_hash.values()))

# === text needs encoding ===
print(hashlib.md5('Grüße'.encode('utf-8')).hexdigest())
