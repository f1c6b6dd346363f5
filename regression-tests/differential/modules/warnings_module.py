import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("custom category", RuntimeWarning, stacklevel=1)
print([(type(w.message).__name__ if False else w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print("done")
