from .broken_cycle import CYCLE_VALUE
PARTNER_VALUE = 2
