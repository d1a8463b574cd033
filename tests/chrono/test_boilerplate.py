"""Page furniture is flagged with a reason; article text is not."""
from chrono.boilerplate import furniture_reason, segments


def _flags(text):
    return [(s.text, s.furniture) for s in segments(text)]


def test_seed_003_tags_and_everything_after_are_furniture(seed):
    text, _ = seed("003")
    parts = segments(text)
    tags = next(i for i, s in enumerate(parts) if s.text == "Теги")
    assert all(s.furniture and s.reason for s in parts[tags:])
    assert any("EUR ЦБ" in s.text for s in parts[tags:])
    assert any("Лента новостей" == s.text for s in parts[tags:])


def test_seed_003_top_menu_lines_are_furniture(seed):
    text, _ = seed("003")
    parts = segments(text)
    top = {s.text: s for s in parts[:3]}
    assert top["Перейти к основному контенту"].reason == "navigation link"
    assert top["Политика,"].furniture and top["0"].furniture


def test_seed_003_article_paragraphs_are_kept(seed):
    text, _ = seed("003")
    kept = [s.text for s in segments(text) if not s.furniture]
    assert any(s.startswith("28 апреля на границе") for s in kept)
    assert any(s.startswith("О прекращении огня") for s in kept)
    assert any(s.startswith("Президенты России и Киргизии последний раз") for s in kept)


def test_seed_003_photo_caption(seed):
    text, _ = seed("003")
    caption = next(s for s in segments(text) if "Фото:" in s.text)
    assert caption.furniture and caption.reason == "photo caption"


def test_seed_004_tags_and_after_are_furniture(seed):
    text, _ = seed("004")
    parts = segments(text)
    tags = next(i for i, s in enumerate(parts) if s.text == "Tags")
    assert all(s.furniture for s in parts[tags:])
    assert any(s.text == "Share with your friends" for s in parts[tags:])
    assert not any(s.furniture for s in parts[2:tags])


def test_segments_point_into_the_text(seed):
    text, _ = seed("004")
    for s in segments(text):
        assert text[s.start:s.end] == s.text


def test_single_line_phenomena():
    assert furniture_reason("EUR ЦБ: 91,3 (+0,27)") == "currency ticker"
    assert furniture_reason("Курс доллара на 28 февраля") == "exchange-rate headline"
    assert furniture_reason("Самолет ВВС Боливии упал на оживленную дорогу Общество, 02:50").startswith("news-feed")
    assert furniture_reason("Rate this article") and furniture_reason("Share with your friends")
    assert furniture_reason("Lavrov said that on the night of December 28–29 drones attacked the residence.") is None


def test_a_tags_word_before_any_prose_does_not_end_the_article():
    text = "Tags\nThe ministry said on Monday that talks with the delegation would resume on 3 March in Geneva.\n"
    assert _flags(text)[1] == (text.splitlines()[1], False)


def test_blanking_furniture_keeps_offsets_and_article_text(seed):
    from chrono.boilerplate import blank_furniture, segments
    text, _ = seed("003")
    parts = segments(text)
    blank = blank_furniture(text, parts)
    assert len(blank) == len(text)
    assert "ЦБ" in text and "ЦБ" not in blank
    article = next(s for s in parts if not s.furniture and len(s.text) > 80)
    assert blank[article.start:article.end] == article.text
