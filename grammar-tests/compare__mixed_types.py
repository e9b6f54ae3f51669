def cmp(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

# === numbers compare across int/float/bool ===
cmp("1 < 1.5", lambda: 1 < 1.5)
cmp("True == 1", lambda: True == 1)
cmp("False < 0.5", lambda: False < 0.5)
cmp("2**60 < 2.0**61", lambda: 2 ** 60 < 2.0 ** 61)
cmp("nan == nan", lambda: float("nan") == float("nan"))
cmp("inf > 10**300", lambda: float("inf") > 10 ** 300)

# === equality across unrelated types is False, ordering raises ===
cmp("1 == '1'", lambda: 1 == "1")
cmp("[] == ()", lambda: [] == ())
cmp("None == 0", lambda: None == 0)
cmp("1 < '1'", lambda: 1 < "1")
cmp("[1] < (1,)", lambda: [1] < (1,))
cmp("None < None", lambda: None < None)
cmp("{} < {}", lambda: {} < {})
cmp("'a' >= 1", lambda: "a" >= 1)

# === sequence comparisons are lexicographic ===
cmp("[1,2] < [1,2,0]", lambda: [1, 2] < [1, 2, 0])
cmp("(1,'a') < (1,'b')", lambda: (1, "a") < (1, "b"))
cmp("(1,'a') < (1,2)", lambda: (1, "a") < (1, 2))
cmp("(2,'a') < (1,2)", lambda: (2, "a") < (1, 2))
cmp("'abc' < 'abd'", lambda: "abc" < "abd")
cmp("'Z' < 'a'", lambda: "Z" < "a")
cmp("'' < 'a'", lambda: "" < "a")

# === sets compare by subset ===
cmp("{1} < {1,2}", lambda: {1} < {1, 2})
cmp("{1,2} <= {1,2}", lambda: {1, 2} <= {1, 2})
cmp("{1,3} > {1}", lambda: {1, 3} > {1})
cmp("{1} < {2}", lambda: {1} < {2})
cmp("{1} == frozenset({1})", lambda: {1} == frozenset({1}))
