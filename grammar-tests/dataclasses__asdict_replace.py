# allow-import: dataclasses
from dataclasses import dataclass, asdict, astuple, replace, is_dataclass, field

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)

p = Person('Ann', 30, Address('Oslo', '0150'), ['123'])

# === asdict / astuple recurse ===
print(asdict(p))
print(astuple(p))
d = asdict(p)
d['phones'].append('999')
print(p.phones)

# === replace ===
q = replace(p, age=31)
print(q, q.address is p.address, p.age)
try:
    replace(p, height=2)
except TypeError as e:
    print('TypeError', e)

# === is_dataclass ===
print(is_dataclass(p), is_dataclass(Person), is_dataclass(1), is_dataclass(dict))

# === errors ===
try:
    asdict(Person)
except TypeError as e:
    print('TypeError', e)
try:
    asdict({'a': 1})
except TypeError as e:
    print('TypeError', e)
