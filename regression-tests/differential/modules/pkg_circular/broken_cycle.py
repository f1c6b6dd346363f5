from .broken_partner import PARTNER_VALUE
CYCLE_VALUE = 1
