# allow-import: string
from string import Template

# === substitute ===
t = Template('$who likes ${what}s, $$5 each')
print(t.substitute(who='Ann', what='apple'), t.substitute({'who': 'Bob', 'what': 'pear'}))

# === safe_substitute ===
print(Template('$a and $b').safe_substitute(a=1), Template('${x}y $').safe_substitute())

# === identifiers ===
print(Template('$name $age').get_identifiers(), Template('$ok $').is_valid(), Template('$ok').is_valid())

# === errors ===
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
try:
    Template('cost: $').substitute()
except ValueError as e:
    print('ValueError', e)

