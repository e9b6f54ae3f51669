# allow-import: math
# math.fmod and math.remainder: NaN arguments give NaN before any domain
# check, infinite divisors, exact halfway cases (found by tests/props.rs).
import math

nan, inf = float("nan"), float("inf")
cases = [(nan, 0.0), (inf, nan), (nan, 1.0), (1.0, nan), (5.0, inf), (-5.0, inf),
         (1e300, 3.0), (7.0, 2.0), (-7.5, 2.0), (2.5, 1.0), (3.5, 1.0), (-0.0, 1.0),
         (1e22, 1e-3), (inf, 1.0), (1.0, 0.0), (10.0, -3.0), (-10.0, 3.0), (0.3, 0.1)]
for a, b in cases:
    row = []
    for f in (math.fmod, math.remainder):
        try:
            row.append(repr(f(a, b)))
        except ValueError as e:
            row.append("ValueError: %s" % e)
    print(a, b, *row)
