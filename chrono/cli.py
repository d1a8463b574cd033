"""The `chrono` command line: one click group, one module per command under chrono/commands."""
from __future__ import annotations

import click

from .commands.chart import chart_command
from .commands.db import db_command
from .commands.export import export_command
from .commands.extract import extract_command
from .commands.ingest import ingest_command
from .commands.serve import serve_command


@click.group()
@click.version_option(package_name="chrono")
def main() -> None:
    """chrono: find, normalize and serve dates and events in news text."""


main.add_command(extract_command)
main.add_command(serve_command)
main.add_command(chart_command)
main.add_command(ingest_command)
main.add_command(export_command)
main.add_command(db_command)


if __name__ == "__main__":
    main()
