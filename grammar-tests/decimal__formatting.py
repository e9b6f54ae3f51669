# allow-import: decimal
from decimal import Decimal

vals = [Decimal('1234.5678'), Decimal('-0.00042'), Decimal('1E+5'), Decimal('0'), Decimal('12.50')]

# === str, repr, eng ===
for v in vals:
    print(str(v), repr(v), v.to_eng_string())
print(Decimal('1.2E-7'), Decimal('123E3'), Decimal('-0'), Decimal('Infinity'), Decimal('NaN'))

# === format specs ===
for spec in ['.2f', '10.3f', ',.2f', 'e', '.3e', 'g', '%', '+.1f', '<12', '^12.1f', '012.2f']:
    print(spec, repr(format(Decimal('1234.5678'), spec)))
print(f"{Decimal('0.5'):.0f} {Decimal('1.5'):.0f} {Decimal('2.5'):.0f} {Decimal('-0.001'):.2f}")

# === normalize and as_tuple ===
print(Decimal('12.500').normalize(), Decimal('100').normalize(), Decimal('0.000').normalize())
print(Decimal('-3.14').as_tuple(), Decimal('3.14').as_integer_ratio())

# === invoice ===
lines = [('widget', Decimal('19.99'), 3), ('gadget', Decimal('5.25'), 10)]
total = sum(price * qty for _, price, qty in lines)
for name, price, qty in lines:
    print(f'{name:<8}{qty:>3} x {price:>6} = {price * qty:>8}')
print(f'{"total":<21}{total:>8}', total.quantize(Decimal('1')))
