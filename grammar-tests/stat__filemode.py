# allow-import: stat
import stat

# === filemode ===
for mode in [0o100644, 0o100755, 0o040755, 0o120777, 0o104755, 0o042775, 0o101777, 0o020666, 0o060660, 0o010600, 0o140755]:
    print(oct(mode), stat.filemode(mode))

# === predicates ===
m = 0o100644
print(stat.S_ISREG(m), stat.S_ISDIR(m), stat.S_ISLNK(0o120777), stat.S_ISDIR(0o040700), stat.S_ISFIFO(0o010600))
print(oct(stat.S_IMODE(0o104755)), oct(stat.S_IFMT(0o104755)), stat.S_IFMT(m) == stat.S_IFREG)

# === permission bits ===
perm = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH
print(oct(perm), stat.filemode(stat.S_IFREG | perm), bool(0o755 & stat.S_IXOTH))
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX)
