"""POST /normalize: stateless extraction."""
from __future__ import annotations

from flask_smorest import Blueprint

from chrono import ChronoError, detect_language, extract

from ..auth import stores_nothing
from ..common import errors, require_json_body
from ..problems import abort
from .schemas import NormalizeRequestSchema, NormalizeResponseSchema

blueprint = Blueprint("normalize", __name__, url_prefix="/api/v1/normalize",
                      description="Find and normalize date and time phrases in a text; nothing is stored.")
blueprint.before_request(require_json_body)


@blueprint.post("")
@stores_nothing
@blueprint.arguments(NormalizeRequestSchema)
@blueprint.response(200, NormalizeResponseSchema)
@errors(blueprint, 400, 413, 415)
def normalize(body: dict) -> dict:
    """Mentions of the text's date and time phrases, resolved against `ref`."""
    lang = body["lang"] or detect_language(body["text"])
    try:
        mentions = extract(body["text"], body["ref"], lang, body["prefer"])
    except ChronoError as error:
        abort(422, str(error).splitlines()[0])
    return {"lang": lang, "ref": body["ref"], "mentions": [m.to_dict() for m in mentions]}
