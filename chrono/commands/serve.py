"""`chrono serve`: the REST service under gunicorn, optionally seeded with the demo documents."""
from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import click

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_store(database_url: str | None, seeds: Path) -> int:
    """Ingest the manifest's documents when the store holds none; the number ingested."""
    from .. import store as repository
    store = repository.open_store(database_url)
    try:
        _, total = repository.list_documents(store, page=1, per_page=1)
        if total:
            return 0
        manifest = json.loads((seeds / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest:
            text = (seeds / entry["file"]).read_text(encoding="utf-8")
            repository.ingest(store, text, entry.get("title"), entry.get("url"), entry.get("source"),
                              entry.get("lang"), entry.get("published"))
        return len(manifest)
    finally:
        engine = getattr(store, "engine", None)
        if engine is not None:
            engine.dispose()


def freeze_start_up() -> None:
    """Compile every language's grammar, then move all objects alive to the collector's permanent generation.

    A worker holds some 140,000 long-lived objects (Flask, SQLAlchemy, plotly, the grammars); a full collection
    walking them took about 60 ms and was what made the slowest requests slow."""
    import chrono
    for code in chrono.languages():
        chrono.extract("1 2020", ref="2020-01-01", lang=code)
    gc.collect()
    gc.freeze()


def run_gunicorn(app_factory, options: dict) -> None:
    """Serve the app made by `app_factory` with gunicorn and these settings."""
    from gunicorn.app.base import BaseApplication

    class Service(BaseApplication):
        """gunicorn running the chrono app."""

        def load_config(self) -> None:
            """Apply the command's settings."""
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            """The WSGI app (built in each worker after fork), its engine warm and its start-up objects frozen."""
            app = app_factory()
            freeze_start_up()
            return app

    Service().run()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port (0: any free port; gunicorn logs the one it got).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--threads", default=1, show_default=True, type=click.IntRange(1, 64), help="Threads per worker.")
@click.option("--seed", is_flag=True, help="Ingest the demo documents (seeds/manifest.json) if the store is empty.")
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_SEEDS,
              show_default=True, help="Folder with manifest.json and the documents it names.")
def serve_command(host, port, workers, threads, seed, seeds_dir) -> None:
    """Serve the REST API (SQLite by default; DATABASE_URL selects PostgreSQL)."""
    from api import create_app

    database_url = os.environ.get("DATABASE_URL")
    if seed:
        count = seed_store(database_url, seeds_dir)
        click.echo(json.dumps({"seeded": count, "from": str(seeds_dir)}), err=True)
    run_gunicorn(create_app, {
        "bind": f"{host}:{port}", "workers": workers, "threads": threads,
        "control_socket_disable": True, "timeout": 120, "graceful_timeout": 10,
        "worker_tmp_dir": None, "proc_name": "chrono",
    })
