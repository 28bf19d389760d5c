"""English dates on pages and in emails as the product writes them (British order, 24-hour
clock); every other language uses Django's own formats. Input formats are Django's."""
DATE_FORMAT = "j F Y"  # 5 January 2026
SHORT_DATE_FORMAT = "j M Y"  # 5 Jan 2026
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
