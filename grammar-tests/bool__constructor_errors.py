# === bool() from objects ===
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
print(bool(Empty()), bool(Truthy()), bool(Falsy()), not Empty(), bool([Empty()]))
if Falsy():
    print("never")
else:
    print("falsy object takes else")
print(len([x for x in [Empty(), Truthy(), Falsy()] if x]))

# === errors ===
class BadBool:
    def __bool__(self):
        return "yes"
class BadLen:
    def __len__(self):
        return "3"
class NegLen:
    def __len__(self):
        return -5
for obj in [BadBool(), BadLen(), NegLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        if obj:
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
