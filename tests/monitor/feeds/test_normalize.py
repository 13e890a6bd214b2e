"""Table-driven tests for normalising: plain text, safe links, languages, item keys."""

from __future__ import annotations

import pytest

from monitor.feeds.normalize import detect_language, html_to_text, item_key, safe_link


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Joint <b>lab</b> opens</p>", "Joint lab opens"),
    ("A &amp; B &lt;tag&gt;", "A & B <tag>"),
    ("&amp;amp; stays single-decoded", "&amp; stays single-decoded"),
    ("<script>alert(1)</script>Safe", "Safe"),
    ("<style>p{}</style>Text<br/>more", "Text more"),
    ("line\n\n  breaks\t folded", "line breaks folded"),
    ("<![CDATA[cdata text]]>", "cdata text"),
    ("ctrl\x00\x07chars\ud800", "ctrlchars"),
    ("", ""),
    ("2 < 3 and 5 > 4", "2 < 3 and 5 > 4"),
], ids=["tags", "entities", "double-escaped", "script", "style-br", "space", "cdata", "control", "empty", "lt-gt"])
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(("link", "base", "expected"), [
    ("https://a.example/x", None, "https://a.example/x"),
    ("/news/1", "https://a.example/feed/", "https://a.example/news/1"),
    ("javascript:alert(1)", "https://a.example/", None),
    ("data:text/html,hi", None, None),
    ("  https://a.example/y  ", None, "https://a.example/y"),
    ("mailto:x@y", None, None),
    ("", None, None),
    ("<script>", "https://a.example/feed", "https://a.example/%3Cscript%3E"),
    ("https://a.example/a b?q=\"x\"", None, "https://a.example/a%20b?q=%22x%22"),
    ("https://ru.example/Казахстан", None, "https://ru.example/Казахстан"),
    ("HTTP://A.example/x", None, "http://A.example/x"),
    ("\x01https://a.example/x", None, "https://a.example/x"),
], ids=["absolute", "relative", "javascript", "data", "spaces", "mailto", "empty", "markup-encoded",
        "space-and-quotes-encoded", "non-ascii-kept", "scheme-lowered", "control-before-scheme-dropped"])
def test_safe_link(link: str, base: str | None, expected: str | None) -> None:
    assert safe_link(link, base) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Chinese and Kazakh universities open a joint laboratory", "en"),
    ("Китай и Казахстан открыли совместную лабораторию", "ru"),
    ("中国与哈萨克斯坦共建联合实验室", "zh"),
    ("Қазақстан мен Қытай университеттері бірлескен зертхана ашты", "kk"),
    ("Oʻzbekiston va Xitoy universitetlari hamkorlik qiladi", "uz"),
    ("Ўзбекистон ва Хитой университетлари ҳамкорлик қилади", "uz"),
    ("Тоҷикистон ва Чин ҳамкории илмӣ", "tg"),
    ("Кыргызстан менен Кытай университеттери кызматташат, түзүлөт", "ky"),
    ("   ", None),
], ids=["en", "ru", "zh", "kk", "uz-latin", "uz-cyrillic", "tg", "ky", "blank"])
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_item_key_falls_back_guid_link_text() -> None:
    assert item_key("g", "https://l", "t", "s") == item_key("g", "https://other", "x", "y")
    assert item_key(None, "https://l", "t", "s") == item_key(None, "https://l", "x", "y")
    assert item_key(None, None, "t", "s") != item_key(None, None, "t", "s2")
