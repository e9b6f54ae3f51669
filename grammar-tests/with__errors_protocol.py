def attempt(fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# === objects that are not context managers ===
def with_int():
    with 5:
        pass

def with_list():
    with [1, 2] as x:
        pass

class OnlyEnter:
    def __enter__(self):
        return self

class OnlyExit:
    def __exit__(self, *a):
        return False

def only_enter():
    with OnlyEnter():
        pass

def only_exit():
    with OnlyExit():
        pass

for fn in (with_int, with_list, only_enter, only_exit):
    attempt(fn)

# === __enter__ defined on the instance is ignored ===
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: None
p.__exit__ = lambda *a: None

def exec_with(obj):
    with obj:
        pass

attempt(lambda: exec_with(p))
