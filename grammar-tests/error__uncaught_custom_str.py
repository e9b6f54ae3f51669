# === custom exception with __str__ and extra fields ===
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(user):
    if not user.get("email", "").count("@") == 1:
        raise ValidationError("email", "must contain exactly one @")
    return True

print(validate({"email": "a@b.c"}))
try:
    validate({"email": "nope"})
except ValidationError as e:
    print("handled:", e, e.args)
validate({"email": "x@@y"})
