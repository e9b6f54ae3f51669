# allow-import: typing
from typing import NamedTuple, TypedDict, List, Optional

# === NamedTuple class syntax ===
class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"

p = Point(3.0, 4.0)
print(p, repr(p), p.dist(), Point(1.5), p._fields, Point._field_defaults)
print(p.x, p[1], len(p), list(p), p == (3.0, 4.0), isinstance(p, tuple), p._asdict(), p._replace(x=0.0))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), Point.__annotations__)

class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cid", "eng", 90000, "ann")]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f"{e.name:<5}{e.dept:<5}{e.salary:>8}{e.manager or '-':>5}")
print(Employee._make(["dee", "hr", 1, None]), staff[1]._replace(salary=1))

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair._fields, Pair(left=3, right=4).right)

def where(pt):
    match pt:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0):
            return f"on x at {x}"
        case _:
            return "elsewhere"
print(where(Point(0, 0)), where(Point(2)), where(p))

# === TypedDict gives plain dicts ===
class Movie(TypedDict):
    title: str
    year: int

class Options(TypedDict, total=False):
    verbose: bool

m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, m["year"], Movie.__annotations__, Options(), Options(verbose=True))
movies: List[Movie] = [m, {"title": "Up", "year": 2009}]
print(sorted(mv["title"] for mv in movies), Options.__total__, Movie.__total__)
Row = TypedDict("Row", {"id": int, "name": str})
print(Row(id=1, name="x"), Row.__annotations__)

# === errors ===
for thunk in [
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=2),
    lambda: p._replace(z=1),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
try:
    class Bad(NamedTuple):
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
