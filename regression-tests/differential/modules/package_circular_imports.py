import pkg_circular.alpha
print(pkg_circular.alpha.describe())
import pkg_circular.beta as beta
print(beta.describe(), beta.ALPHA_SEEN_AT_IMPORT)
try:
    import pkg_circular.broken_cycle
except ImportError as e:
    print(type(e).__name__, e)
