"""The Alembic migrations match the models on both backends, and alembic.ini works from the package."""
import os
import subprocess
import sys
from pathlib import Path

from alembic import command

from chrono.store.database import MIGRATIONS, alembic_config


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
