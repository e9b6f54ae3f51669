# === a hand-written dataclass-like record ===
class Employee:
    fields = ("name", "dept", "salary")

    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary

    def _key(self):
        return (self.dept, -self.salary, self.name)

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"Employee({args})"

    def __eq__(self, other):
        if not isinstance(other, Employee):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

staff = [
    Employee("cy", "eng", 100),
    Employee("ann", "eng", 120),
    Employee("bob", "ops", 90),
    Employee("di", "eng", 100),
    Employee("ed", "ops", 95),
]

# === sorting uses __lt__ ===
for e in sorted(staff):
    print(e)

# === equality and hashing ===
dup = Employee("ann", "eng", 120)
print(dup == staff[1], dup is staff[1], dup in staff, staff.index(dup))
print(len(set(staff + [dup])), len({e: e.name for e in staff + [dup]}))
print(dup != staff[0], dup == "ann")

# === max/min use __lt__ too ===
print(max(staff).name, min(staff).name)

# === grouping records ===
by_dept = {}
for e in sorted(staff):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)

# === copying a record with changes ===
def replace(rec, **changes):
    values = {f: getattr(rec, f) for f in rec.fields}
    values.update(changes)
    return type(rec)(**values)

promoted = replace(staff[0], salary=150)
print(promoted, staff[0], promoted == staff[0])
