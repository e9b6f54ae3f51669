# === text <-> bytes ===
samples = ["hello", "naïve café", "日本語", "emoji 😀", "mixed ß and €"]
for s in samples:
    u8 = s.encode("utf-8")
    print(f"{s!r:<18} chars={len(s):<3} utf8={len(u8):<3} latin1={'yes' if all(ord(c) < 256 for c in s) else 'no'}", u8[:12])
    assert u8.decode("utf-8") == s

# === lossy conversions ===
s = "Grüße, 世界!"
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore").decode(), s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace").decode())
print(s.encode().decode("latin-1"), s.encode().decode("ascii", "replace"))

# === building bytes from ints ===
payload = bytes([72, 105, 33]) + "!".encode() + bytes(2)
print(payload, list(payload), payload.decode("ascii", "backslashreplace"), payload.rstrip(b"\x00"))
