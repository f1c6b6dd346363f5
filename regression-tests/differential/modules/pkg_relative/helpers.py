helper_value = "from helpers"
