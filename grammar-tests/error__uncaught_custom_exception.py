# === user exception escaping the program ===
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(record):
    if "email" not in record:
        raise ValidationError("email", "is required")
    if "@" not in record["email"]:
        raise ValidationError("email", f"{record['email']!r} is not an address")
    return True

# === valid and handled records ===
print(validate({"email": "a@b.c"}))
for rec in ({}, {"email": "nope"}):
    try:
        validate(rec)
    except ValidationError as e:
        print("handled:", e, "| field:", e.field)

# === unhandled ===
records = [{"email": "x@y.z"}, {"name": "no email"}]
for rec in records:
    print("validating", rec)
    validate(rec)
