# allow-import: textwrap
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks long paragraphs into lines of a given width -- respecting "
        "hyphenated words like state-of-the-art and long-term plans.  It also "
        "handles\ttabs and\nnewlines.")

# === wrap at several widths ===
for width in [10, 20, 35, 70]:
    print(width, textwrap.wrap(text, width))

# === fill with indents ===
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 30, break_on_hyphens=False))
print(textwrap.fill("Hello there.  How are you? Fine. ok.", 15, fix_sentence_endings=True))

# === long words ===
word = "supercalifragilisticexpialidocious"
print(textwrap.wrap(word, 10))
print(textwrap.wrap("a " + word + " b", 10, break_long_words=False))
print(textwrap.wrap("well-known-long-hyphenated-identifier here", 12))
print(textwrap.wrap("x" * 25 + "-" + "y" * 5, 12))

# === whitespace options ===
print(textwrap.wrap("  leading   spaces  and trailing   ", 12))
print(textwrap.wrap("  leading   spaces  and trailing   ", 12, drop_whitespace=False))
print(textwrap.wrap("tab\there and\nnewline", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("col1\tcol2\tcol3", 40, tabsize=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")

# === max_lines and shorten ===
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("  spaced    out\ttext  ", 100))

# === em dashes and punctuation ===
print(textwrap.wrap("this--that and other--things--here ok", 8))
print(textwrap.wrap("Hello, world! Is this... working? Yes!", 9))

# === TextWrapper objects ===
w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent="> ")
print(w.width, w.initial_indent, w.max_lines, w.placeholder)
for line in w.wrap(text[:120]):
    print(line)
print(w.fill("short"))

# === errors ===
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: textwrap.wrap("abc", 0))
attempt(lambda: textwrap.wrap("abc def", 5, max_lines=1, placeholder=" [......]"))
attempt(lambda: textwrap.wrap("abc", 10, bogus=1))
attempt(lambda: textwrap.wrap(123))
attempt(lambda: textwrap.shorten("abc"))

# === reconfiguring a TextWrapper ===
w2 = textwrap.TextWrapper(width=30)
w2.width = 16
w2.subsequent_indent = "    "
w2.break_on_hyphens = False
print(w2.wrap("reconfigured wrappers keep well-known hyphenated words together"))
w2.max_lines = 2
print(w2.fill("reconfigured wrappers keep well-known hyphenated words together"))
