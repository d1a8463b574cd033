"""The timeline filters every reading command shares, named as the API names them."""
from __future__ import annotations

import click

_FILTERS = [
    click.option("--from", "from_", help="Window start: YYYY, YYYY-MM, YYYY-MM-DD or a timestamp."),
    click.option("--to", help="Window end (the end of its period: --to 2025-12 includes 31 December)."),
    click.option("--q", help="Text search over titles, sentences and actors (lemmas and transliteration)."),
    click.option("--actor", multiple=True, help="Only events naming this actor (repeat: any of several)."),
    click.option("--lang", multiple=True, help="Only events told in this language, ISO 639-1 (repeat: any of several)."),
    click.option("--source", multiple=True, help="Only events reported by this outlet (repeat: any of several)."),
]


def timeline_filters(command):
    """Add --from, --to, --q, --actor, --lang and --source to a click command."""
    for option in reversed(_FILTERS):
        command = option(command)
    return command
