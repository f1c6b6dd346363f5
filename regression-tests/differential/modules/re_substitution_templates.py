import re
date_pat = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(date_pat.sub(r"\3/\2/\1", "from 2024-01-05 to 2024-12-31"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"), re.sub(r"x*", "-", "abc"), re.sub("a", "\\\\", "banana"))
print(re.split(r"\b", "hi there") if False else re.split(r"\s+", " lead trail "), re.findall(r"\d+(?:\.\d+)?", "1 2.5 3.14.1"))
