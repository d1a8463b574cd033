"""`chrono ingest seeds/` then `chrono export`: the chronological timeline of the seeds."""
import csv
import io
import json

from click.testing import CliRunner

from chrono.cli import main

from .conftest import SEEDS


def _run(args, url):
    result = CliRunner().invoke(main, args, env={"DATABASE_URL": url}, catch_exceptions=False)
    return result


def test_ingest_seeds_then_export_csv(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert _run(["db", "upgrade"], url).exit_code == 0
    first = _run(["ingest", str(SEEDS)], url)
    assert first.exit_code == 0 and "5 new" in first.output
    assert "0 new" in _run(["ingest", str(SEEDS)], url).output
    rows = list(csv.DictReader(io.StringIO(_run(["export", "--format", "csv"], url).output, newline="")))
    dated = [r for r in rows if r["start"]]
    assert [r["start"] for r in dated] == sorted(r["start"] for r in dated)
    night = [r for r in dated if r["label"] == "28–29 Dec 2025, night" and " | " in r["sources"]]
    assert len(night) == 1
    assert "Central Asian leaders" in night[0]["sources"] and "QALAMPIR.UZ" in night[0]["sources"]
    labels = {r["label"] for r in dated}
    assert {"1991", "19 марта 2019", "22 декабря 2025", "28 апреля 2021", "29 апреля 2021, вечер",
            "30 апреля 2021", "конец мая 2021"} <= labels
    assert not any("ЦБ" in r["sentence"] or "Лента новостей" in r["sentence"] for r in rows)


def test_export_json_filters(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    _run(["ingest", str(SEEDS)], url)
    data = json.loads(_run(["export", "--format", "json", "--from", "2021", "--to", "2021", "--lang", "ru"], url).output)
    assert data["total"] == len(data["items"]) > 0
    assert all(e["start"].startswith("2021") for e in data["items"])
    lavrov, japarov = ({e["id"] for e in json.loads(_run(["export", "--format", "json", "--actor", name], url).output)
                        ["items"]} for name in ("Lavrov", "Japarov"))
    either = json.loads(_run(["export", "--format", "json", "--actor", "Lavrov", "--actor", "Japarov"], url).output)
    assert lavrov and japarov and {e["id"] for e in either["items"]} == lavrov | japarov


def test_ingest_jsonl_markdown_and_bad_input(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"text": "Talks resumed in Geneva on 3 March 2024.", "title": "Geneva",
                                 "lang": "en"}) + "\n", encoding="utf-8")
    note = tmp_path / "note.md"
    note.write_text("# Summit\n\nThe summit opened on 12 May 2023 in Astana.\n", encoding="utf-8")
    result = _run(["ingest", str(jsonl), str(note), "--published", "2024-03-04"], url)
    assert result.exit_code == 0 and "2 new" in result.output
    titles = {e["title"] for e in json.loads(_run(["export", "--format", "json", "--from", "2023"], url).output)["items"]}
    assert any("summit opened" in t for t in titles) and any("Talks resumed" in t for t in titles)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    failed = CliRunner().invoke(main, ["ingest", str(bad)], env={"DATABASE_URL": url})
    assert failed.exit_code != 0 and len(failed.output.strip().splitlines()) == 1
    missing = CliRunner().invoke(main, ["export", "--from", "2026", "--to", "2025"], env={"DATABASE_URL": url})
    assert missing.exit_code != 0 and "after" in missing.output


def test_db_reanalyse_outdated_all_forced_and_unknown(tmp_path):
    from sqlalchemy import create_engine, text
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    _run(["ingest", str(SEEDS)], url)
    before = _run(["export", "--format", "json"], url).output
    assert "0 documents: 0 re-analysed" in _run(["db", "reanalyse", "--all"], url).output
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE documents SET analysis = NULL"))
        first = connection.execute(text("SELECT id FROM documents ORDER BY id")).scalars().first()
    engine.dispose()
    assert "5 documents: 5 re-analysed, 0 already current" in _run(["db", "reanalyse", "--all"], url).output
    assert "1 documents: 0 re-analysed, 1 already current" in _run(["db", "reanalyse", first], url).output
    assert "1 documents: 1 re-analysed" in _run(["db", "reanalyse", first, "--force"], url).output
    assert _run(["export", "--format", "json"], url).output == before
    unknown = CliRunner().invoke(main, ["db", "reanalyse", first, "f" * 64], env={"DATABASE_URL": url})
    assert unknown.exit_code != 0 and unknown.output.strip().splitlines() == [f"Error: no document {'f' * 64}"]
    assert CliRunner().invoke(main, ["db", "reanalyse"], env={"DATABASE_URL": url}).exit_code == 2
