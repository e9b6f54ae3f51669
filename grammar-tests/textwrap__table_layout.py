# allow-import: textwrap
import textwrap

rows = [('ann', 'Works on the data pipeline and keeps the nightly jobs running smoothly.'),
        ('bob', 'Short note.'),
        ('cy', 'Owns deployment, monitoring, alerting and the occasional 3am page.')]

# === wrapped table column ===
for name, note in rows:
    lines = textwrap.wrap(note, 28) or ['']
    print(f'{name:<5}| {lines[0]}')
    for extra in lines[1:]:
        print(f'{"":<5}| {extra}')

# === hanging indent ===
print(textwrap.fill('usage: tool [-h] [--verbose] [--output FILE] [--format {json,csv,txt}] inputs...', 40, subsequent_indent=' ' * 13))

# === boxed paragraph ===
text = textwrap.fill('Agents write ordinary Python and expect the standard library to just work.', 30)
width = max(len(l) for l in text.splitlines())
print('+' + '-' * (width + 2) + '+')
for l in text.splitlines():
    print(f'| {l:<{width}} |')
print('+' + '-' * (width + 2) + '+')
