# === builtin hierarchy ===
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int), issubclass(type, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception), issubclass(str, (int, str)), issubclass(list, ()))

# === user classes, multiple inheritance ===
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(issubclass(D, A), issubclass(D, C), issubclass(C, B), issubclass(D, (int, C)), issubclass(A, D))
print([k.__name__ for k in D.__mro__])
class AppError(Exception): pass
class DbError(AppError): pass
print(issubclass(DbError, AppError), issubclass(DbError, Exception), issubclass(AppError, DbError))

# === errors ===
for args in [(1, int), (int, 1), ("A", A), (A, [A])]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(int)
except TypeError as e:
    print(type(e).__name__, e)
