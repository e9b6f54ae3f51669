# allow-import: hashlib, base64
import hashlib
import base64

# === signed tokens (HMAC-like, built by hand) ===
def sign(payload: str, key: str) -> str:
    inner = hashlib.sha256((key + payload).encode()).digest()
    mac = hashlib.sha256(key.encode() + inner).digest()
    return base64.urlsafe_b64encode(payload.encode()).decode() + "." + base64.urlsafe_b64encode(mac).decode().rstrip("=")

def verify(token: str, key: str) -> bool:
    body, mac = token.split(".")
    payload = base64.urlsafe_b64decode(body).decode()
    return sign(payload, key) == token

tok = sign('{"user": "ann", "role": "admin"}', "k3y")
print(tok)
print(verify(tok, "k3y"), verify(tok, "other"))

# === checksums of chunks and of the whole ===
data = ("line %d\n" % i for i in range(100))
whole = hashlib.md5()
chunks = []
for line in data:
    b = line.encode()
    whole.update(b)
    chunks.append(hashlib.md5(b).hexdigest()[:6])
print(whole.hexdigest(), chunks[:3], len(set(chunks)))
print(base64.b16encode(hashlib.sha1(b"abc").digest()).decode().lower() == hashlib.sha1(b"abc").hexdigest())
print(base64.b64encode(hashlib.sha512(b"").digest()[:12]), base64.b32encode(hashlib.sha224(b"x").digest()[:5]))

# === content-addressed store ===
store = {}
for text in ["alpha", "beta", "alpha", "gamma", "beta"]:
    key = hashlib.sha256(text.encode()).hexdigest()[:12]
    store.setdefault(key, text)
for k in sorted(store):
    print(k, store[k])
