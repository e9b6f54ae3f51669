# allow-import: base64
import base64

data = b'hello, world! \x00\xff\xfe'

# === standard, urlsafe, 32, 16, 85 ===
for name, enc, dec in [('b64', base64.b64encode, base64.b64decode), ('urlsafe', base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 ('b32', base64.b32encode, base64.b32decode), ('b16', base64.b16encode, base64.b16decode),
                 ('standard', base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(data)
    print(name, e, dec(e) == data)

# === altchars and padding ===
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64encode(b'a'), base64.b64encode(b'ab'), base64.b64encode(b''))
print(base64.b64decode('aGk='), base64.b64decode(b'aGk'+b'='), base64.b32decode('nbswy3dp', casefold=True))

# === text round trip ===
msg = 'Grüße 👋'
token = base64.b64encode(msg.encode()).decode('ascii')
print(token, base64.b64decode(token).decode())
