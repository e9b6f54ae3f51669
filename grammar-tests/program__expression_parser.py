# === recursive descent parser for arithmetic with precedence ===
class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0

    @staticmethod
    def tokenize(text):
        tokens, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
                i = j
            elif ch in "+-*/()^":
                tokens.append(("op", ch))
                i += 1
            else:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.power()
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "(":
            inner = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return inner
        raise SyntaxError(f"unexpected token {val!r}")

def calc(text):
    p = Parser(text)
    result = p.expr()
    if p.pos != len(p.tokens):
        raise SyntaxError("trailing tokens")
    return result

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1.5", "((7))", "2 * (3 + 4) - -1", "1 +", "3 $ 4", "(1 + 2"]:
    try:
        print(f"{src:<18} = {calc(src)}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src:<18} ! {type(e).__name__}: {e}")
