"""The timeline serializer: contract JSON and formula-safe, RFC 4180 CSV, streamed."""
import csv
import io
import json

from chrono.timeline import CSV_COLUMNS, csv_lines, json_chunks

EVENT = {
    "id": "ev_1", "start": "2025-12-28T18:00:00", "end": "2025-12-29T06:00:00", "grain": "part_of_day", "mod": None,
    "value": "2025-12-28TNI", "label": "28–29 Dec 2025, night", "title": "=HYPERLINK(\"x\") drones, \"quoted\"",
    "actors": ["Sergey Lavrov", "Ukraine"], "langs": ["en", "ru"],
    "sources": [{"document": "d1", "title": "Attack on Putin’s residence", "url": "https://example.org/a",
                 "source": "QALAMPIR.UZ", "sentence": "-91 drones\nwere destroyed", "date_text": "the night",
                 "span": [0, 10]},
                {"document": "d2", "title": "Путин", "url": None, "source": None, "sentence": "x",
                 "date_text": "", "span": [1, 2]}],
    "related": [], "links": [{"score": 9}],
}


def test_csv_header_quoting_and_formula_safety():
    text = "".join(csv_lines([EVENT]))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = dict(zip(rows[0], rows[1]))
    assert row["title"].startswith("'=HYPERLINK")
    assert row["sentence"] == "'-91 drones\nwere destroyed"
    assert row["actors"] == "Sergey Lavrov; Ukraine" and row["languages"] == "en, ru"
    assert row["sources"] == "Attack on Putin’s residence (QALAMPIR.UZ) <https://example.org/a> | Путин"
    assert text.endswith("\r\n") and '""quoted""' in text


def test_csv_bom_is_optional_and_lines_stream():
    lines = list(csv_lines([EVENT, EVENT], bom=True))
    assert len(lines) == 3 and lines[0].startswith("\ufeffid,") and not lines[1].startswith("\ufeff")


def test_json_is_the_contract_with_every_event():
    data = json.loads("".join(json_chunks([EVENT, EVENT])))
    assert data["total"] == 2 and len(data["items"]) == 2
    assert "links" not in data["items"][0] and data["items"][0]["label"] == "28–29 Dec 2025, night"
    assert json.loads("".join(json_chunks([])))["items"] == []
