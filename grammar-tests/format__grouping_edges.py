# Thousands separators with and without zero padding, widths and alignment.
for v in (0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20, 1234.5678, -0.5, 1e16, 123456789.125):
    for spec in (",", "_", ",.2f", "_.3f", "012,", "015,.2f", ">15,", "<12_", "^14,d" if isinstance(v, int) else "^14,.1f", "+,", "020_", "08,", "_x" if isinstance(v, int) else "_e", "_b" if isinstance(v, int) else "_g"):
        try:
            print(repr(spec), format(v, spec))
        except ValueError as e:
            print(repr(spec), "ValueError", e)
