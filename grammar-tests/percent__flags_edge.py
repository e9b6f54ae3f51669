# === flag combinations ===
for spec in ["%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%-+5d", "% 05d", "%#x", "%#08x", "%#o", "%.3d", "%8.3d", "%-8.3d|"]:
    print(repr(spec), repr(spec % 42), repr(spec % -42))

# === floats ===
for spec in ["%f", "%.0f", "%#.0f", "%10.2f", "%-10.2f|", "%+.1e", "%g", "%#g", "%.3g", "%G", "%010.1f"]:
    print(repr(spec), repr(spec % 1234.5678), repr(spec % -0.000123))

# === literal percent and empty ===
print("100%%" % (), "%%d" % (), "%s%%" % 5, "" % (), "no directives" % {})
