# allow-import: enum
from enum import Enum, IntEnum, Flag

# === string of names ===
Color = Enum('Color', 'RED GREEN BLUE')
print(list(Color), Color.GREEN.value, repr(Color(3)))

# === comma separated, start ===
Size = Enum('Size', 'S, M, L', start=10)
print([(s.name, s.value) for s in Size])

# === list of pairs and mapping ===
Http = IntEnum('Http', [('OK', 200), ('NOT_FOUND', 404)])
print(Http.OK, Http(404), Http.NOT_FOUND + 1, repr(Http.OK))
Planet = Enum('Planet', {'MERCURY': 1, 'VENUS': 2})
print(Planet['VENUS'], Planet.MERCURY.name)

# === list of names ===
Dir = Enum('Dir', ['N', 'E', 'S', 'W'])
print([d.value for d in Dir], len(Dir), Dir.N in Dir)

# === functional Flag ===
Perm = Flag('Perm', 'R W X')
print(repr(Perm.R | Perm.X), [p.value for p in Perm])
