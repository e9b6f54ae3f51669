# allow-import: dataclasses
import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY, InitVar

# === frozen ===
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(48.8, 2.3)
print(c, c == Coord(48.8, 2.3), {c: "paris"}[Coord(48.8, 2.3)], hash(c) == hash(Coord(48.8, 2.3)))
try:
    c.lat = 0.0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    c.extra = 1
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))

@dataclass(frozen=True)
class Circle:
    r: float
    area: float = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "area", round(3.14159 * self.r ** 2, 2))
print(Circle(2), dataclasses.replace(Circle(1), r=3))

# === order ===
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
print(sorted([Job(2, "b"), Job(1, "z"), Job(1, "a")]))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

# === eq=False / unsafe_hash / repr=False / init=False ===
@dataclass(eq=False)
class Node:
    val: int
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1, len({n1, n2}))
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str
print(hash(Key(1, "x")) == hash(Key(1, "x")), len({Key(1, "x"), Key(1, "x")}))
@dataclass(repr=False)
class Quiet:
    x: int
print(repr(Quiet(1)).startswith("<__main__.Quiet object at"), Quiet(1) == Quiet(1))
@dataclass(init=False)
class Manual:
    x: int = 5
    def __init__(self, raw):
        self.x = int(raw)
print(Manual("42"))

# === keyword-only fields ===
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
print(Config(host="h"), Config(port=1, host="x"))
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed(1, b=5, c=6))
@dataclass
class PerField:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 1
print(PerField(1, 2), PerField(1, 2, b=3), PerField.__match_args__)

# === InitVar ===
@dataclass
class Account:
    owner: str
    password: InitVar[str]
    hashed: str = field(init=False)
    def __post_init__(self, password):
        self.hashed = "".join(reversed(password))
acct = Account("ann", "secret")
print(acct, [f.name for f in dataclasses.fields(acct)], hasattr(acct, "password"))

# === make_dataclass ===
Pt3 = dataclasses.make_dataclass("Pt3", [("x", int), ("y", int), ("z", int, 0)])
print(Pt3(1, 2), Pt3(1, 2, 3) == Pt3(1, 2, 3))

# === errors ===
@dataclass
class Small:
    x: int
    y: int = 0
for thunk in [
    lambda: Small(),
    lambda: Small(1, 2, 3),
    lambda: Small(1, z=2),
    lambda: Small(1, x=2),
    lambda: Config(),
    lambda: Config("h"),
    lambda: Mixed(1),
    lambda: dataclasses.replace(Small(1), z=3),
    lambda: dataclasses.fields(1),
    lambda: dataclasses.asdict(Small),
    lambda: field(default=1, default_factory=list),
    lambda: dataclasses.replace(acct, owner="x"),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
def define(kind):
    if kind == "order":
        @dataclass
        class A:
            a: int = 1
            b: int
    elif kind == "mutable":
        @dataclass
        class B:
            items: list = []
    elif kind == "lt":
        @dataclass(order=True)
        class C:
            a: int
            def __lt__(self, other):
                return True
    elif kind == "eq":
        @dataclass(order=True, eq=False)
        class D:
            a: int
    elif kind == "hash":
        @dataclass(unsafe_hash=True)
        class E:
            a: int
            def __hash__(self):
                return 1
    elif kind == "frozen":
        @dataclass(frozen=True)
        class F:
            a: int
            def __setattr__(self, k, v):
                pass
for kind in ["order", "mutable", "lt", "eq", "hash", "frozen"]:
    try:
        define(kind)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
