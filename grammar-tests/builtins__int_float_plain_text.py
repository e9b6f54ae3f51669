# int() and float() of plain ASCII text (a fast path) and of everything around it.
for t in ["7", "+007", "-42", " 12 ", "\t-3\n", "999999999999999999", "9999999999999999999", "-9223372036854775808", "1_000", "٣"]:
    print(repr(t), int(t))
for t in ["1.5", "-.5", "1e5", "1E-3", "+2.", "007.50", " 1.5 ", "1_0.5", "inf", "-NaN", "1e400", "٣.5"]:
    print(repr(t), float(t))
for t in ["", " ", "+", "-", "1-", "1e", "--1", "1..5", ".", "e5", "+-1", "0x10", "1__0"]:
    for conv in (int, float):
        try:
            print(repr(t), conv.__name__, conv(t))
        except ValueError as e:
            print(repr(t), conv.__name__, "ValueError:", e)
