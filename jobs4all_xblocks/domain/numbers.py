"""Numbers typed by people or sent by browsers, read safely.

Every form field and JSON value that should be a number goes through these: they accept
``3``, ``"3"``, ``3.0`` and ``" 3 "``, and refuse (return None for) booleans, fractions where a
whole number is needed, NaN, infinities, values out of range and absurdly long input, so that
callers can answer with a clear message instead of failing.
"""
import math

MAX_LENGTH = 32


def _finite(value):
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text or len(text) > MAX_LENGTH:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def whole_number(value, low, high):
    """``value`` as an int from ``low`` to ``high``, or None."""
    number = _finite(value)
    if number is None or number != int(number):
        return None
    number = int(number)
    return number if low <= number <= high else None


def decimal_number(value, low, high):
    """``value`` as a float from ``low`` to ``high``, or None."""
    number = _finite(value)
    return number if number is not None and low <= number <= high else None
