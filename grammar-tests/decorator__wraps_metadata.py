# allow-import: functools
import functools

# === without wraps, metadata is the wrapper's ===
def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

# === with wraps, metadata is copied ===
def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@plain
def alpha():
    """Alpha docs."""

@wrapped
def beta():
    """Beta docs."""

print(alpha.__name__, alpha.__doc__)
print(beta.__name__, beta.__doc__, beta.__wrapped__.__name__)

# === manual metadata copy ===
def manual(fn):
    def wrapper(*args):
        return fn(*args)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@manual
def gamma():
    "Gamma docs."
print(gamma.__name__, gamma.__doc__)

# === timing-free "timer" style decorator keeps return values ===
def record_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.history.append((args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)
    wrapper.history = []
    return wrapper

@record_calls
def area(w, h=1):
    return w * h

print(area(3), area(2, h=5), area.history, area.__name__)
