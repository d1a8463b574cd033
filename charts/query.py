"""A chart request's parameters: event filters (the API's meaning), lanes, format, size and title."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import urlencode

from .items import GROUPINGS

FILTER_NAMES = ("from", "to", "q", "lang", "actor", "source", "document", "grain")
MULTI_NAMES = ("lang", "actor", "source")  # repeatable: any of the values matches
MAX_VALUES = 20
FORMATS = ("html", "fragment", "png", "svg")
SIZE_LIMITS = (200, 4000)


class QueryError(ValueError):
    """A chart parameter that cannot be used; `field` names it."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass
class ChartQuery:
    """What to draw and how: filters as given, store filters as parsed, and the chart's options."""

    filters: dict[str, Any] = field(default_factory=dict)
    store_filters: dict[str, Any] = field(default_factory=dict)
    group_by: str = "none"
    fmt: str = "html"
    width: int | None = None
    height: int | None = None
    title: str | None = None

    def filter_query(self) -> str:
        """The filters as a URL query string (the same filters on another endpoint)."""
        return urlencode({k: v for k, v in self.filters.items() if v}, doseq=True)

    @property
    def lang(self) -> str | None:
        """The language labels are written in: the first language filtered by, if any."""
        return next(iter(self.filters.get("lang") or []), None)


def parse_query(args: Mapping[str, str], default_group_by: str = "none") -> ChartQuery:
    """A ChartQuery from request arguments; QueryError names the first bad one."""
    from chrono.store.window import InvalidWindow, window  # the store's window semantics

    filters: dict[str, Any] = {name: _values(args, name) if name in MULTI_NAMES else (args.get(name) or "").strip()
                               for name in FILTER_NAMES}
    filters = {name: value for name, value in filters.items() if value}
    store_filters: dict[str, Any] = {key: filters.get(key) for key in FILTER_NAMES if key != "from"}
    store_filters["from_"] = filters.get("from")
    for name, bounds in (("from", (filters.get("from"), None)), ("to", (None, filters.get("to"))),
                         ("from", (filters.get("from"), filters.get("to")))):
        try:
            window(*bounds)
        except InvalidWindow as error:
            raise QueryError(name, str(error)) from None
    for name in ("q", "title"):
        if len(args.get(name) or "") > 500:
            raise QueryError(name, f"{name} is longer than 500 characters")
    for name in MULTI_NAMES:
        values = filters.get(name, [])
        if len(values) > MAX_VALUES or any(len(v) > 500 for v in values):
            raise QueryError(name, f"give at most {MAX_VALUES} values of {name}, each up to 500 characters")
    group_by = args.get("group_by") or default_group_by
    if group_by not in GROUPINGS:
        raise QueryError("group_by", f"group_by must be one of {', '.join(GROUPINGS)}")
    fmt = args.get("format") or "html"
    if fmt not in FORMATS:
        raise QueryError("format", f"format must be one of {', '.join(FORMATS)}")
    return ChartQuery(filters, store_filters, group_by, fmt, _size(args, "width"), _size(args, "height"),
                      args.get("title") or None)


def _values(args: Mapping[str, Any], name: str) -> list[str]:
    """Every non-blank value of a repeatable parameter (a MultiDict's list, a list, or one string)."""
    raw = args.getlist(name) if hasattr(args, "getlist") else args.get(name)
    items = [] if raw is None else [raw] if isinstance(raw, str) else list(raw)
    return [str(v).strip() for v in items if v is not None and str(v).strip()]


def _size(args: Mapping[str, str], name: str) -> int | None:
    raw = args.get(name)
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise QueryError(name, f"{name} must be a whole number of pixels") from None
    low, high = SIZE_LIMITS
    if not low <= value <= high:
        raise QueryError(name, f"{name} must be between {low} and {high} pixels")
    return value
