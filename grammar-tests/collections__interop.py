# allow-import: collections, json, enum, dataclasses, itertools, functools
import json
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, asdict, field
from enum import Enum, IntEnum
from itertools import groupby
from functools import reduce

# === reversed() over the collections types ===
print(list(reversed(deque([1, 2, 3]))), list(reversed(OrderedDict(a=1, b=2))), list(reversed(Counter("aab"))))
Point = namedtuple("Point", "x y")
print(list(reversed(Point(1, 2))), list(reversed(defaultdict(int, k=1, j=2))))

# === JSON export of typical agent results ===
class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"
class Severity(IntEnum):
    LOW = 1
    HIGH = 3
Ticket = namedtuple("Ticket", "id title")
@dataclass
class Report:
    status: Status
    severity: Severity
    tickets: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
rep = Report(Status.OPEN, Severity.HIGH, [Ticket(1, "crash"), Ticket(2, "typo")], dict(Counter(["bug", "bug", "ui"])))
print(json.dumps(asdict(rep), sort_keys=True))
print(json.dumps({"tally": Counter("abca"), "order": OrderedDict(z=1, a=2), "groups": defaultdict(list, x=[1])}))
print(json.dumps([Status.CLOSED, Severity.LOW, Point(3, 4)]))

# === formatting enum members and counters ===
print("%s has severity %d" % (Status.OPEN.value, Severity.HIGH), f"{Severity.LOW:03d}", "{}".format(Status.CLOSED))
words = "to be or not to be that is the question".split()
freq = Counter(words)
lines = [f"{w:<8}{'*' * n}" for w, n in freq.most_common(3)]
print("\n".join(lines))

# === grouping records ===
Row = namedtuple("Row", "team name points")
rows = [Row("red", "ann", 3), Row("blue", "bob", 5), Row("red", "cid", 4), Row("blue", "dee", 1)]
by_team = defaultdict(list)
for r in rows:
    by_team[r.team].append(r)
totals = OrderedDict(sorted(((t, sum(r.points for r in rs)) for t, rs in by_team.items()), key=lambda kv: -kv[1]))
print(totals, dict(totals))
for team, group in groupby(sorted(rows, key=lambda r: r.team), key=lambda r: r.team):
    print(team, [r.name for r in group])
print(reduce(lambda acc, r: acc + r.points, rows, 0), max(rows, key=lambda r: r.points).name)

# === asdict rebuilds dict subclasses by calling their type (CPython quirk kept) ===
@dataclass
class Tally:
    counts: Counter
    order: OrderedDict
print(asdict(Tally(Counter("aab"), OrderedDict(x=1))))

# === class reprs ===
print(type(Counter()), type(deque()), OrderedDict, defaultdict, type(Point(1, 2)), Status, Severity)
