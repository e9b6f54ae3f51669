# allow-import: string
import string

# === constants ===
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))

# === capwords ===
print(string.capwords('hello   big  world'), string.capwords('a-b c-d', '-'))

# === password check ===
def strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(c in cls for c in pw) for cls in classes)
print([strength(p) for p in ['abc', 'Abc1', 'Abc1!', '']])

# === caesar cipher with maketrans ===
def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
print(caesar('Hello, World!', 3), caesar(caesar('Hello, World!', 3), 23))
