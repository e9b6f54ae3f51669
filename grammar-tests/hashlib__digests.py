# allow-import: hashlib
import hashlib

# === one-shot digests ===
for algo in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, algo)(b"hello world")
    print(algo, h.name, h.digest_size, h.block_size, h.hexdigest())

# === incremental update equals one shot ===
h = hashlib.sha256()
for part in [b"hel", b"lo ", b"world"]:
    h.update(part)
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
print(h.digest()[:8], len(h.digest()))

# === copy forks the state ===
a = hashlib.md5(b"prefix-")
b = a.copy()
a.update(b"one")
b.update(b"two")
print(a.hexdigest(), b.hexdigest())
print(hashlib.md5(b"prefix-one").hexdigest() == a.hexdigest())

# === new(name) and keyword data ===
print(hashlib.new("sha1", b"abc").hexdigest())
print(hashlib.new("SHA256").hexdigest())
print(hashlib.new("md5", data=b"x").hexdigest(), hashlib.sha256(string=b"x").hexdigest()[:16])
print(hashlib.sha256(b"", usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256"}))

# === errors ===
def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: hashlib.sha256("text"))
attempt(lambda: hashlib.md5(5))
attempt(lambda: hashlib.new("nope"))
attempt(lambda: hashlib.sha256().update())
attempt(lambda: hashlib.sha256().hexdigest(1))
attempt(lambda: hashlib.sha256().update("s"))

# === agent-style: content fingerprints and dedup ===
docs = ["alpha report", "beta summary", "alpha report", "gamma notes", "beta summary"]
seen = {}
for i, d in enumerate(docs):
    key = hashlib.sha1(d.encode("utf-8")).hexdigest()[:10]
    seen.setdefault(key, []).append(i)
for key in sorted(seen):
    print(key, seen[key])
bucket = int(hashlib.md5(b"user-1234").hexdigest(), 16) % 10
print("bucket", bucket)
print(hashlib.sha512("ünïcödé".encode()).hexdigest()[:32])
