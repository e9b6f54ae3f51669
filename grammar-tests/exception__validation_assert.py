# === validating inputs with custom errors and asserts ===
class ValidationError(ValueError):
    pass

def validate_user(user):
    errors = []
    if not isinstance(user.get("name"), str) or not user["name"]:
        errors.append("name must be a non-empty string")
    age = user.get("age")
    if not isinstance(age, int) or isinstance(age, bool):
        errors.append("age must be an int")
    elif not 0 <= age <= 150:
        errors.append(f"age {age} out of range")
    if "@" not in user.get("email", ""):
        errors.append("email must contain @")
    if errors:
        raise ValidationError("; ".join(errors))
    return True

users = [
    {"name": "ann", "age": 30, "email": "ann@x.io"},
    {"name": "", "age": 30, "email": "nobody"},
    {"name": "bob", "age": 200, "email": "b@x"},
    {"name": "cy", "age": True, "email": "c@x"},
    {},
]
for u in users:
    try:
        validate_user(u)
        print("valid:", u["name"])
    except ValidationError as e:
        print("invalid:", e)

# === ValidationError is also a ValueError ===
try:
    validate_user({})
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, isinstance(e, ValidationError))

# === assert for internal invariants ===
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    result = sum(xs) / len(xs)
    assert min(xs) <= result <= max(xs)
    return result

print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e)

# === assert message is only evaluated on failure ===
calls = []
def message():
    calls.append("built")
    return "expensive message"

assert True, message()
print(calls)
try:
    assert 1 > 2, message()
except AssertionError as e:
    print(e, calls)

# === passing asserts are silent ===
x = 0
assert x == 0
print("no error for correct assert")
