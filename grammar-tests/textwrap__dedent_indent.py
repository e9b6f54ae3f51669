# allow-import: textwrap
import textwrap

# === dedent ===
block = """
    def hello():
        print("hi")

    hello()
"""
print(textwrap.dedent(block))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\t\tb")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  x\n  \n  y\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("   ")))
print(repr(textwrap.dedent("    x\r\n    y")))

# === indent ===
print(textwrap.indent("line one\nline two\n\nline four\n", "> "))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(repr(textwrap.indent("a\r\nb\rc", "- ")))
print(textwrap.indent("keep\nskip\nkeep", "# ", lambda line: line.startswith("keep")))
print(repr(textwrap.indent("x\n\ny\n", "..", predicate=lambda l: True)))

# === round trip, agent-style code generation ===
body = "if x > 0:\n    return x\nreturn -x\n"
func = "def absolute(x):\n" + textwrap.indent(body, "    ")
print(func)
print(textwrap.dedent(textwrap.indent(body, "        ")) == body)

# === errors ===
try:
    textwrap.dedent(None)
except TypeError as e:
    print(e)
try:
    textwrap.indent("a", 5)
except TypeError as e:
    print(e)
