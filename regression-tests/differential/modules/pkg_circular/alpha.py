from . import beta
ALPHA_NAME = "alpha"
def describe():
    return f"alpha knows {beta.BETA_NAME}"
