import_ops = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "neg": (1, lambda a: -a),
    "dup": (1, lambda a: (a, a)),
    "swap": (2, lambda a, b: (b, a)),
    "max": (2, max),
}

class RPNError(Exception):
    pass

def rpn(program):
    stack = []
    for tok in program.split():
        if tok in import_ops:
            arity, fn = import_ops[tok]
            if len(stack) < arity:
                raise RPNError(f"{tok!r} needs {arity} operand(s), stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            try:
                result = fn(*args)
            except ZeroDivisionError:
                raise RPNError("division by zero") from None
            if isinstance(result, tuple):
                stack.extend(result)
            else:
                stack.append(result)
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                try:
                    stack.append(float(tok))
                except ValueError:
                    raise RPNError(f"unknown token {tok!r}") from None
    if len(stack) != 1:
        raise RPNError(f"expected one result, stack is {stack}")
    return stack[0]

for prog in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 dup *", "1 2 swap -", "2.5 neg 4 max",
             "1 0 /", "+", "1 2", "4 x *", "10 3 /"]:
    try:
        print(f"{prog:<22} => {rpn(prog)}")
    except RPNError as e:
        print(f"{prog:<22} !! {e}")
