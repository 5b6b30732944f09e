"""Numbers from forms and JSON are read safely."""
import pytest

from jobs4all_xblocks.domain.numbers import decimal_number, whole_number


@pytest.mark.parametrize("value, expected", [
    (3, 3), ("3", 3), (" 3 ", 3), (3.0, 3), ("3.0", 3), ("0", 0), ("10", 10),
    (3.5, None), ("3.5", None), (True, None), (None, None), ("", None), ("three", None), (11, None), (-1, None),
    ("nan", None), ("inf", None), (float("inf"), None), ("1e999", None), ("9" * 5000, None), ([3], None),
])
def test_whole_number(value, expected):
    assert whole_number(value, 0, 10) == expected


@pytest.mark.parametrize("value, expected", [
    (0.7, 0.7), ("0.7", 0.7), (1, 1.0), ("1e-1", 0.1), (1.5, None), ("nan", None), ("-inf", None), (False, None),
])
def test_decimal_number(value, expected):
    assert decimal_number(value, 0, 1) == expected
