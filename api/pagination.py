"""Page parameters, the {items, total, page, per_page} envelope and RFC 8288 Link headers."""
from __future__ import annotations

import math
from typing import Any

import marshmallow as ma
from flask import Response, current_app, request, url_for

PER_PAGE_DEFAULT = 50
PER_PAGE_MAX = 500
PAGE_MAX = 1_000_000


class PageArgsSchema(ma.Schema):
    """Which page of a list to return."""

    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(min=1, max=PAGE_MAX),
                             metadata={"description": "Page number, from 1."})
    per_page = ma.fields.Integer(load_default=PER_PAGE_DEFAULT, validate=ma.validate.Range(min=1, max=PER_PAGE_MAX),
                                 metadata={"description": f"Items per page, 1 to {PER_PAGE_MAX}."})


def page_schema(item_schema: type[ma.Schema], name: str) -> type[ma.Schema]:
    """A list-envelope schema class whose items are `item_schema`."""
    return ma.Schema.from_dict({
        "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
        "total": ma.fields.Integer(required=True),
        "page": ma.fields.Integer(required=True),
        "per_page": ma.fields.Integer(required=True),
    }, name=name)


def link_header(total: int, page: int, per_page: int) -> str:
    """RFC 8288 links to the first, previous, next and last pages of the current request."""
    last = max(1, math.ceil(total / per_page))
    targets = {"first": 1, "last": last}
    if page > 1:
        targets["prev"] = min(page - 1, last)
    if page < last:
        targets["next"] = page + 1
    links = []
    for relation, number in targets.items():
        args: dict[str, Any] = request.args.to_dict(flat=False)
        args["page"] = [str(number)]
        args["per_page"] = [str(per_page)]
        target = url_for(request.endpoint, **(request.view_args or {}), **args, _external=True)
        links.append(f'<{target}>; rel="{relation}"')
    return ", ".join(links)


def page_of(items: list, total: int, page: int, per_page: int) -> tuple[dict, int, dict]:
    """The envelope, status and headers (Link, X-Total-Count) of one page."""
    headers = {"Link": link_header(total, page, per_page), "X-Total-Count": str(total)}
    return {"items": items, "total": total, "page": page, "per_page": per_page}, 200, headers


def contract_page(items: list[dict], total: int, page: int, per_page: int) -> Response:
    """One page of items already in the contract's shape, serialized once (the response schema is not re-applied)."""
    body, status, headers = page_of(items, total, page, per_page)
    return current_app.response_class(current_app.json.dumps(body), status=status, headers=headers,
                                      mimetype="application/json")
