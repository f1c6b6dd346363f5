def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
