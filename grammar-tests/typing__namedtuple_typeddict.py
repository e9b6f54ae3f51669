# allow-import: typing
from typing import NamedTuple, TypedDict, Optional

# === NamedTuple class syntax ===
class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0
e = Employee('ann', salary=100.0)
print(e, e._fields, e._field_defaults, e._asdict(), e._replace(dept='ops'))
print(Employee.__annotations__)

# === functional NamedTuple ===
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields)

# === methods on NamedTuple ===
class Money(NamedTuple):
    amount: int
    currency: str = 'EUR'
    def __str__(self):
        return f'{self.amount / 100:.2f} {self.currency}'
print(str(Money(1999)), Money(5) < Money(6))

# === TypedDict ===
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'Heat', 'year': 1995}
print(m, type(m).__name__, Movie(title='Alien', year=1979))

class Partial(TypedDict, total=False):
    note: Optional[str]
print(Partial(), Partial.__total__)

# === errors ===
try:
    Employee()
except TypeError as e:
    print('TypeError', e)
