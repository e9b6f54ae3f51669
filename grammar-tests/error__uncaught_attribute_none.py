# === calling a method on None returned by a function ===
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "email": "ann@x.org"}]
print(find_user(users, "ann")["email"].upper())
missing = find_user(users, "bob")
print("found:", missing)
print(missing.get("email"))
