# allow-import: typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Sequence, Mapping, TypeVar, Generic, Literal, Final, ClassVar, cast, overload,
                    NamedTuple, TypedDict, Protocol, TYPE_CHECKING, NoReturn)
import typing

# === annotations do not change behaviour ===
T = TypeVar('T')
def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 2]), first([]), TYPE_CHECKING)

# === cast returns its argument ===
print(cast(int, 'not an int'), cast('List[int]', [1]))

# === Generic classes ===
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
b: Box[int] = Box(5)
print(b.item, Box[str]('x').item)

# === isinstance with bare aliases ===
print(isinstance([], List), isinstance({}, Dict), isinstance((1,), Tuple), isinstance(1, Union[int, str]), isinstance(None, Optional[int]))
try:
    isinstance([], List[int])
except TypeError as e:
    print('TypeError', e)

# === reprs ===
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Any)
