# allow-import: functools, decimal
from functools import singledispatch
from decimal import Decimal

# === register by annotation ===
@singledispatch
def to_json(obj):
    raise TypeError(f'cannot serialize {type(obj).__name__}')

@to_json.register
def _(obj: int) -> str:
    return str(obj)

@to_json.register
def _(obj: str) -> str:
    return '"' + obj.replace('"', '\\"') + '"'

@to_json.register
def _(obj: list) -> str:
    return '[' + ', '.join(to_json(x) for x in obj) + ']'

@to_json.register
def _(obj: dict) -> str:
    return '{' + ', '.join(f'{to_json(k)}: {to_json(v)}' for k, v in obj.items()) + '}'

@to_json.register(float)
@to_json.register(Decimal)
def _(obj):
    return format(obj, '.2f')

print(to_json({'a': [1, 'x', {'b': 2.5}], 'c': Decimal('3.14159')}))
print(to_json(True), to_json([]))
try:
    to_json(None)
except TypeError as e:
    print('TypeError', e)

# === annotation that is not a class ===
try:
    @to_json.register
    def _(obj: 42):
        return ''
except TypeError as e:
    print('TypeError', e)
