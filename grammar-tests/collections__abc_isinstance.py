# allow-import: collections, collections.abc
from collections.abc import (Iterable, Iterator, Generator, Sized, Container, Hashable,
    Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping,
    MutableMapping, Reversible, KeysView, ItemsView, ValuesView)
import collections

# === builtin types ===
samples = [[1], (1,), 'ab', b'ab', {1: 2}, {1}, frozenset({1}), range(3), 5, 2.5, None, True]
abcs = [Iterable, Sized, Container, Hashable, Collection, Sequence, MutableSequence,
        Set, MutableSet, Mapping, MutableMapping, Reversible]
print(' ' * 10, ' '.join(a.__name__[:6].ljust(6) for a in abcs))
for s in samples:
    print(type(s).__name__.ljust(10), ' '.join(str(isinstance(s, a))[0].ljust(6) for a in abcs))

# === iterators and generators ===
def gen():
    yield 1
g = gen()
for obj in [iter([]), iter({}), map(str, []), zip(), enumerate([]), g, (x for x in [])]:
    print(type(obj).__name__, isinstance(obj, Iterator), isinstance(obj, Generator), isinstance(obj, Iterable))
print(isinstance([], Iterator))

# === callables ===
print([isinstance(f, Callable) for f in [len, print, lambda: 0, int, gen, 3, 'x']])

# === dict views ===
d = {'a': 1}
print(isinstance(d.keys(), KeysView), isinstance(d.items(), ItemsView), isinstance(d.values(), ValuesView))
print(isinstance(d.keys(), Set), isinstance(d.values(), Set))

# === issubclass ===
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence))
print(issubclass(str, Iterable), issubclass(int, Iterable), issubclass(bool, Hashable))
print(issubclass(MutableMapping, Mapping), issubclass(Sequence, Iterable))

# === collections types ===
print(isinstance(collections.deque(), MutableSequence), isinstance(collections.Counter(), MutableMapping))
print(isinstance(collections.OrderedDict(), Mapping), isinstance(collections.defaultdict(int), dict))

# === structural checks for user classes ===
class Bag:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class Counter3:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Fn:
    def __call__(self): return 1
print(isinstance(Bag(), Sized), isinstance(Bag(), Collection), isinstance(Bag(), Sequence))
print(isinstance(Counter3(), Iterator), isinstance(Fn(), Callable), isinstance(Bag(), Callable))

# === dispatch on abstract kinds ===
def kind(x):
    if isinstance(x, str): return 'text'
    if isinstance(x, Mapping): return 'mapping'
    if isinstance(x, Sequence): return 'sequence'
    if isinstance(x, Set): return 'set'
    if isinstance(x, Iterable): return 'iterable'
    return 'scalar'
print([kind(v) for v in ['s', {}, [], (), {1}, range(2), iter([]), 3]])
