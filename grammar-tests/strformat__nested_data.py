# === reaching into nested data from the template ===
order = {"id": 1042, "customer": {"name": "Ann Lee", "tier": "gold"}, "items": [{"sku": "A1", "qty": 2, "price": 9.5}, {"sku": "B7", "qty": 1, "price": 120.0}]}
print("Order #{o[id]} for {o[customer][name]} ({o[customer][tier]})".format(o=order))
for i in range(len(order["items"])):
    print("  {0[items][%d][sku]:<4} x{0[items][%d][qty]} @ {0[items][%d][price]:>7.2f}".replace("%d", str(i)).format(order))
print("First item: {items[0][sku]}, last qty: {items[1][qty]}".format(**order))

# === attribute chains ===
class Address:
    def __init__(self, city, zip_code):
        self.city, self.zip = city, zip_code
class Person:
    def __init__(self, name, address):
        self.name, self.address = name, address
p = Person("Bob", Address("Oslo", "0150"))
print("{p.name} lives in {p.address.city} ({p.address.zip})".format(p=p), "{0.address.city!r:>8}".format(p))
