# allow-import: dataclasses
from dataclasses import dataclass, field, KW_ONLY, fields

@dataclass
class Base:
    id: int
    name: str = 'unnamed'

@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = 'child'

# === inherited fields keep order ===
print(Child(1), [f.name for f in fields(Child)], Child(2, 'x', [1]))

# === kw_only ===
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print('TypeError', e)

# === KW_ONLY sentinel ===
@dataclass
class Req:
    url: str
    _: KW_ONLY
    timeout: float = 5.0
    retries: int = 0
print(Req('http://x', retries=2))

# === slots ===
@dataclass(slots=True)
class Slim:
    a: int
    b: int = 2
s = Slim(1)
print(s, hasattr(s, '__slots__'), Slim.__slots__)

# === match_args ===
@dataclass
class Pt:
    x: int
    y: int
match Pt(1, 2):
    case Pt(a, b):
        print('matched', a, b, Pt.__match_args__)
