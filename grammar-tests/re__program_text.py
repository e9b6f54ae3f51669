# allow-import: re
import re

doc = """Contact us at support@example.com or sales@shop.example.org.
Call +1 (555) 123-4567 or 555.987.6543 before 2024-12-31.
Visit https://example.com/docs?page=2 and http://test.org!
Total: $1,234.56 (tax incl.), discount 15%."""

# === emails, phones, urls, dates, money ===
print(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", doc))
print(re.findall(r"\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}", doc))
print(re.findall(r"https?://[^\s!]+", doc))
print(re.findall(r"\d{4}-\d{2}-\d{2}", doc))
m = re.search(r"\$([\d,]+\.\d\d)", doc)
print(float(m.group(1).replace(",", "")))
print(re.findall(r"(\d+)%", doc))

# === tokenization ===
sentence = "Don't split can't-won't; e.g. 3.14 is pi!"
print(re.findall(r"\w+(?:['-]\w+)*|\d+\.\d+|[^\w\s]", sentence))
print(re.findall(r"[A-Z][a-z]+", "HelloWorldFooBAR"))
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseStringHere").lower())
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_string"))
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))

# === slugify and whitespace cleanup ===
def slugify(s):
    s = re.sub(r"[^\w\s-]", "", s.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-")
print(slugify("  Hello, World! It's -- great  "))
print(re.sub(r"\n{2,}", "\n", "a\n\n\nb\n\nc"))
print(re.sub(r"^\s+|\s+$", "", "   trim me  "))
print(re.sub(r"(?m)^", "> ", "quote\nthis"))

# === extract structured numbers ===
table = "width: 12.5cm; height: 30cm; depth: 4.25 cm"
dims = {k: float(v) for k, v in re.findall(r"(\w+):\s*([\d.]+)\s*cm", table)}
print(dims)
print(re.findall(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", "x=-1.5e3 y=42 z=.5 w=7."))

# === markdown-ish ===
md = "# Title\nSome **bold** and *it* and `code`.\n## Sub\n- item [link](http://a.b)"
print(re.findall(r"^(#+)\s+(.*)$", md, re.M))
print(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", md.splitlines()[1]))
print(re.findall(r"\[([^\]]+)\]\(([^)]+)\)", md))
