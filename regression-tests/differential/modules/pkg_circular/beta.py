from . import alpha
ALPHA_SEEN_AT_IMPORT = hasattr(alpha, "ALPHA_NAME")
BETA_NAME = "beta"
def describe():
    return f"beta knows {alpha.ALPHA_NAME}"
