# allow-import: typing
import typing
from typing import (Any, Callable, Dict, FrozenSet, Generator, Iterable, Iterator, List, Literal,
                    Mapping, Optional, Sequence, Set, Tuple, TypeVar, Union, cast)

# === annotated agent code runs unchanged ===
def summarize(values: List[float], label: Optional[str] = None) -> Dict[str, Any]:
    return {"label": label or "data", "n": len(values), "mean": sum(values) / len(values)}

def apply(fn: Callable[[int], int], items: Iterable[int]) -> List[int]:
    return [fn(i) for i in items]

def pairs(d: Mapping[str, int]) -> Iterator[Tuple[str, int]]:
    yield from sorted(d.items())

def countdown(n: int) -> Generator[int, None, None]:
    while n > 0:
        yield n
        n -= 1

Matrix = List[List[float]]
def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]

print(summarize([1.0, 2.0, 4.5]), summarize([3.0], "x"))
print(apply(lambda v: v * v, range(4)), list(pairs({"b": 2, "a": 1})), list(countdown(3)))
print(transpose([[1, 2], [3, 4]]))
x: Union[int, str] = 5
tags: Set[str] = {"a"}
frozen: FrozenSet[int] = frozenset()
mode: Literal["r", "w"] = "r"
print(x, tags, frozen, mode, cast(int, "not checked"), cast(List[str], 3))

# === reprs of forms ===
class Foo:
    pass
T = TypeVar("T")
for form in [List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None],
             Union[int, str, None], Union[int], Union[int, Union[str, int]], Callable[[int, str], bool],
             Callable[..., int], Tuple[int, ...], Tuple[()], Literal["a", 1], Any, Set[Foo], T,
             List[T], Sequence[str], Generator[int, None, None], typing.Type[Foo], typing.ClassVar[int],
             typing.Final[int], typing.Annotated[int, "meta"], typing.Mapping[str, "Foo"],
             typing.Counter[str], typing.DefaultDict[str, int], typing.Deque[int], typing.NoReturn]:
    print(form)
print(typing.Text, typing.TYPE_CHECKING, TypeVar("U", bound=int), TypeVar("V", int, str), typing.AnyStr)
print(TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True), T.__name__)

# === introspection ===
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Optional[int]))
print(typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]), typing.get_origin(int), typing.get_args(int))
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])

# === generics and protocols ===
class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, isinstance(s, typing.Generic))

class Greeter(typing.Protocol):
    def greet(self, name: str) -> str:
        ...
class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"
def welcome(g: Greeter) -> str:
    return g.greet("Ann")
print(welcome(English()))

UserId = typing.NewType("UserId", int)
uid = UserId(42)
print(uid, uid + 1, UserId.__name__)

@typing.overload
def parse(x: int) -> int: ...
@typing.overload
def parse(x: str) -> str: ...
def parse(x):
    return x
print(parse(3), parse("s"))

@typing.final
class Leaf:
    pass
print(Leaf.__name__)

class Typed:
    a: int
    b: str
    c: Optional[float] = None
print(typing.get_type_hints(Typed))

# === errors ===
for thunk in [
    lambda: typing.Any[int],
    lambda: List[int][str],
    lambda: typing.assert_never(3),
    lambda: TypeVar(),
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
for thunk in [lambda: typing.NoReturn[int], lambda: Optional[int, str], lambda: Literal[1][2]]:
    try:
        thunk()
    except TypeError as exc:
        print("TypeError:", exc)

# === isinstance with aliases and unions ===
print(isinstance([], List), isinstance({}, Dict), isinstance((1,), Tuple), isinstance({1}, Set), isinstance([], (Dict, List)))
print(isinstance(3, List), issubclass(list, List), isinstance(None, Optional[int]), isinstance("s", Union[int, str]), isinstance(2.5, Union[int, str]))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
