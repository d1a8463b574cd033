"""The Alembic migrations match the models on both backends, and alembic.ini works from the package."""
import os
import subprocess
import sys
from pathlib import Path

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text

from chrono.store import list_events, open_store
from chrono.store.database import MIGRATIONS, alembic_config, upgrade


def test_no_drift_between_models_and_migrations(empty_store):
    with empty_store.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.check(config)


def test_alembic_ini_runs_from_the_installed_package(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {**os.environ, "DATABASE_URL": url}
    alembic = Path(sys.executable).with_name("alembic")
    ini = MIGRATIONS / "alembic.ini"
    upgrade = subprocess.run([str(alembic), "-c", str(ini), "upgrade", "head"], cwd=tmp_path, env=env,
                             capture_output=True, text=True)
    assert upgrade.returncode == 0, upgrade.stderr
    check = subprocess.run([str(alembic), "-c", str(ini), "check"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert (tmp_path / "cli.db").exists()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at_0003(request, tmp_path_factory):
    """A store migrated only to 0003 (search keys in text columns of events), with one event and its sentence."""
    from ..store.conftest import _fresh_url
    url, drop = _fresh_url(request.param, tmp_path_factory)
    store = open_store(url, migrate=False)
    upgrade(store, "0003_document_analysis")
    now = datetime(2026, 1, 1)
    with store.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO documents (id, text, created_at) VALUES ('d1', 'Токаев заявил 29 декабря.', :now)"),
            {"now": now})
        connection.execute(text(
            "INSERT INTO events (id, start_at, end_at, span_class, label, title, actors, langs, related, links, "
            "n_sources, search_text, actor_keys, langs_text, sources_text) VALUES ('e1', :start, :end, 0, "
            "'29 Dec 2025', 'Токаев заявил', '[\"Токаев\"]', '[\"ru\"]', '[]', '[]', 1, ' заявил токаев ~tkv ', "
            "' ~tk ', ' ru ', '|kp.ru|')"), {"start": datetime(2025, 12, 29), "end": datetime(2025, 12, 30)})
        connection.execute(text(
            "INSERT INTO event_sources (id, event_id, document_id, sentence_start, sentence_end, sentence, date_text, "
            "title, actors, related) VALUES ('s1', 'e1', 'd1', 0, 25, 'Токаев заявил 29 декабря.', '29 декабря', "
            "'Токаев заявил', '[\"Токаев\"]', '[]')"))
    yield store
    store.engine.dispose()
    drop()


def test_0004_moves_search_keys_into_rows_and_keeps_sentences_linked(store_at_0003):
    upgrade(store_at_0003)
    with store_at_0003.engine.connect() as connection:
        keys = set(connection.execute(text("SELECT field, key FROM event_keys WHERE event_id = 'e1'")).all())
        owner = connection.execute(text("SELECT event_id FROM event_sources WHERE id = 's1'")).scalar()
    assert keys == {("w", "заявил"), ("w", "токаев"), ("w", "~tkv"), ("a", "~tk"), ("l", "ru"),
                    ("s", "kp.ru")}
    assert owner == "e1"
    assert [e["id"] for e in list_events(store_at_0003, q="Tokayev", actor="Токаев", lang="ru", source="KP.RU")[0]] \
        == ["e1"]


def test_0004_downgrades(store_at_0003):
    upgrade(store_at_0003)
    with store_at_0003.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003_document_analysis")
    with store_at_0003.engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM events")).scalar() == "Токаев заявил"
