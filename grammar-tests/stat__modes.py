# allow-import: stat
import stat

# === constants ===
for name in ["S_IFMT", "S_IFDIR", "S_IFREG", "S_IFLNK", "S_IRUSR", "S_IWUSR", "S_IXUSR",
             "S_IRWXU", "S_IRWXG", "S_IRWXO", "S_ISUID", "S_ISGID", "S_ISVTX", "ST_MODE", "ST_SIZE", "ST_MTIME"]:
    v = getattr(stat, name)
    print(name, v if isinstance(v, int) else "function", oct(v) if isinstance(v, int) else "")

# === predicates on typical st_mode values ===
modes = {"dir": 0o40755, "file": 0o100644, "link": 0o120777, "fifo": 0o10644,
         "sock": 0o140755, "chr": 0o20666, "blk": 0o60660, "exe": 0o104755, "sticky": 0o41777}
preds = ["S_ISDIR", "S_ISREG", "S_ISLNK", "S_ISFIFO", "S_ISSOCK", "S_ISCHR", "S_ISBLK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for label, m in modes.items():
    flags = [p[4:] for p in preds if getattr(stat, p)(m)]
    print(label, stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), flags)

# === building permission strings by hand ===
mode = stat.S_IFREG | stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH
print(oct(mode), stat.filemode(mode))
print(bool(mode & stat.S_IWUSR), bool(mode & stat.S_IXUSR))
print(stat.filemode(0o2755 | stat.S_IFDIR), stat.filemode(0o1644), stat.filemode(0o777))
print(stat.filemode(0o6644 | stat.S_IFREG))

# === errors ===
for f, arg in [(stat.S_ISDIR, "x"), (stat.S_IMODE, 1.5), (stat.filemode, -1)]:
    try:
        f(arg)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    stat.S_ISREG()
except TypeError as e:
    print(e)
for arg in [2**32, 2**70, True]:
    try:
        print(stat.S_ISDIR(arg))
    except OverflowError as e:
        print(e)
