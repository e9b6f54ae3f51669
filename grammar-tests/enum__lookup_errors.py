# allow-import: enum
from enum import Enum, IntEnum

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    ON = 'active'

# === value and name lookups ===
print(Status('active'), Status['INACTIVE'], Status.ON is Status.ACTIVE, list(Status.__members__))
print(Status.ACTIVE in Status, [s.name for s in Status])

# === errors ===
for f in [lambda: Status('gone'), lambda: Status['GONE'], lambda: Status(None)]:
    try:
        f()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class More(Status):
        EXTRA = 'e'
except TypeError as e:
    print('TypeError', e)

# === _missing_ hook ===
class Level(IntEnum):
    LOW = 1
    HIGH = 2
    @classmethod
    def _missing_(cls, value):
        return cls.HIGH if isinstance(value, int) and value > 2 else None
print(Level(5), repr(Level(1)))
try:
    Level(0)
except ValueError as e:
    print('ValueError', e)
