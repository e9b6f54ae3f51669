# A misspelt builtin is suggested from the builtins when no local or global is close.
numbers = [3, 1, 2]
print(sorted(numbers))
pritn(numbers)
