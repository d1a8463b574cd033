"""One check for a table case: the phrase is found with its value, modifier and interval."""
import chrono


def assert_case(lang, text, ref, phrase, value, mod, start, end):
    """Extract `text` in `lang` at `ref` and check the mention whose text is `phrase`."""
    found = {m.text: m for m in chrono.extract(text, ref=ref, lang=lang)}
    assert phrase in found, list(found)
    m = found[phrase]
    assert (m.value, m.time.mod) == (value, mod)
    if start is None:
        assert m.time.start is None and m.time.end is None
    else:
        assert m.time.start.isoformat().startswith(start)
        assert m.time.end.isoformat().startswith(end)
