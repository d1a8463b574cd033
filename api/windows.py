"""Time-window parameters: YYYY, YYYY-MM, YYYY-MM-DD or a timestamp, read by the store's own rules."""
from __future__ import annotations

import marshmallow as ma

BOUND_PATTERN = r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"


def check_bound(value: str) -> None:
    """Refuse a bound the store cannot read (an impossible date, a malformed one)."""
    from chrono.store.window import InvalidWindow, window_end, window_start
    try:
        window_start(value)
        window_end(value)
    except InvalidWindow as error:
        raise ma.ValidationError(str(error)) from None


def check_order(start: str | None, end: str | None) -> None:
    """Refuse a window whose start (from) is not before its end (to)."""
    from chrono.store.window import InvalidWindow, window
    try:
        window(start, end)
    except InvalidWindow as error:
        raise ma.ValidationError(str(error), "from") from None


def bound_field(**kwargs) -> ma.fields.String:
    """A window bound, kept as written (a partial date stays partial)."""
    kwargs.setdefault("metadata", {})["pattern"] = BOUND_PATTERN
    return ma.fields.String(validate=check_bound, **kwargs)
