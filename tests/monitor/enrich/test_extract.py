"""Decoding and extraction (pure, table-driven), and the time-limited extraction workers."""

from __future__ import annotations

import time

import pytest

from monitor.enrich.extract import (
    ExtractJob,
    bound_text,
    decode_html,
    declared_charsets,
    extract_article,
    normalise_charset,
    page_language,
    page_title,
)
from monitor.enrich.records import Outcome
from monitor.enrich.workers import ExtractionWorkers
from tests.support.articles import pages
from tests.support.extract_targets import die_on_marked_pages, spin_on_marked_pages

PAGES = pages()
RU = "<html><head><title>Новости</title></head><body><p>Китай и Казахстан</p></body></html>"
ZH = "<html><head><title>新闻</title></head><body><p>中国与哈萨克斯坦共建联合实验室</p></body></html>"


@pytest.mark.parametrize(("name", "expected"), [
    ("gb2312", "gb18030"), ("GBK", "gb18030"), ("x-gbk", "gb18030"), ("windows-1251", "cp1251"),
    ("CP1251", "cp1251"), ("iso-8859-1", "cp1252"), ("UTF8", "utf-8"), ('"utf-8"', "utf-8"),
    ("koi8-r", "koi8-r"), ("no-such-charset", None), ("", None), (None, None),
], ids=lambda v: str(v))
def test_normalise_charset(name: str | None, expected: str | None) -> None:
    assert normalise_charset(name) == expected


@pytest.mark.parametrize(("body", "content_type", "text", "charset"), [
    (RU.encode("cp1251"), "text/html; charset=windows-1251", "Китай и Казахстан", "cp1251"),
    (RU.replace("<head>", '<head><meta charset="windows-1251">').encode("cp1251"), "text/html",
     "Китай и Казахстан", "cp1251"),
    (ZH.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
     .encode("gb18030"), "text/html", "中国与哈萨克斯坦共建联合实验室", "gb18030"),
    ("<html><body>鎔 䶮 𠀀 中国</body></html>".encode("gb18030"), "text/html; charset=GBK", "鎔 䶮 𠀀 中国",
     "gb18030"),
    (RU.encode("utf-8"), "text/html; charset=windows-1251", "Китай и Казахстан", "utf-8"),
    (RU.encode("utf-8"), "text/html; charset=utf-8", "Китай и Казахстан", "utf-8"),
    (RU.encode("cp1251"), "text/html; charset=utf-8", "Китай и Казахстан", "cp1251"),
    (ZH.encode("gb18030"), "text/html", "中国与哈萨克斯坦共建联合实验室", "gb18030"),
    (RU.encode("cp1251") * 3, None, "Китай и Казахстан", "cp1251"),
    (b"\xef\xbb\xbf" + RU.encode("utf-8"), "text/html; charset=windows-1251", "Китай и Казахстан", "utf-8"),
    (RU.encode("utf-8"), "text/html; charset=bogus", "Китай и Казахстан", "utf-8"),
], ids=["header-1251", "meta-1251", "http-equiv-gb2312", "gbk-header-gb18030-chars", "utf8-under-a-1251-label",
        "header-utf8", "wrong-utf8-header-detected", "undeclared-gb18030-detected", "undeclared-1251-detected",
        "bom-wins", "unknown-charset-skipped"])
def test_decode_html(body: bytes, content_type: str | None, text: str, charset: str) -> None:
    decoded, used = decode_html(body, content_type)
    assert text in decoded and used == charset


def test_declared_charsets_order_header_then_page() -> None:
    body = b'<meta http-equiv="content-type" content="text/html; charset=gb2312">'
    assert declared_charsets(body, "text/html; charset=utf-8") == ["utf-8", "gb18030"]


@pytest.mark.parametrize(("page", "title", "language"), [
    ('<html lang="ru-RU"><head><title> Новости &amp; наука </title></head>', "Новости & наука", "ru"),
    ('<html><head><meta property="og:title" content="OG title"><title>Site | x</title>', "OG title", None),
    ('<html><head><meta http-equiv="Content-Language" content="zh-CN"></head>', None, "zh"),
    ("<p>no head</p>", None, None),
], ids=["lang-and-title", "og-title", "content-language", "nothing"])
def test_title_and_language(page: str, title: str | None, language: str | None) -> None:
    assert (page_title(page), page_language(page)) == (title, language)


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("short", 10, "short"),
    ("one two three four five", 20, "one two three four"),
    ("x" * 30, 20, "x" * 20),
], ids=["fits", "word-boundary", "no-space"])
def test_bound_text(text: str, limit: int, expected: str) -> None:
    assert bound_text(text, limit) == expected


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_extraction_keeps_the_article_and_drops_the_chrome(page) -> None:  # type: ignore[no-untyped-def]
    article = extract_article(ExtractJob(url=f"https://outlet.example/{page.name}", body=page.body,
                                         content_type=page.content_type))
    assert article.outcome is Outcome.OK
    assert page.in_body in article.text
    assert page.in_chrome not in article.text
    for chrome in ("cookies", "©", "Related news", "Читайте также", "相关新闻"):
        assert chrome not in article.text
    assert article.title == page.headline and article.charset == page.charset
    assert article.language == (None if page.name == "kk-undeclared-utf8" else page.language)


def test_text_is_bounded_and_an_empty_page_is_empty() -> None:
    long = ("<html><body><article>" + "<p>" + "Kazakhstan and China sign a deal. " * 40 + "</p>") * 30
    article = extract_article(ExtractJob(url="https://a.example/", body=long.encode(), max_chars=1000))
    assert article.ok and len(article.text) <= 1000
    empty = extract_article(ExtractJob(url="https://a.example/", body=b"<html><body><nav>Menu</nav></body></html>"))
    assert empty.outcome is Outcome.EMPTY and not empty.text


async def test_worker_extracts_and_a_spinning_page_costs_only_itself() -> None:
    workers = ExtractionWorkers(time_limit=1.5, target=spin_on_marked_pages)
    try:
        good = PAGES[0]
        first = await workers.run(ExtractJob(url="https://a.example/1", body=good.body, content_type=good.content_type))
        started = time.monotonic()
        spun = await workers.run(ExtractJob(url="https://a.example/spin", body=b"<html><p>SPIN</p></html>",
                                            fetch_ms=12))
        spent = time.monotonic() - started
        after = await workers.run(ExtractJob(url="https://a.example/2", body=good.body, content_type=good.content_type))
    finally:
        workers.close()
    assert first.ok and good.in_body in first.text and after.ok
    assert spun.outcome is Outcome.EXTRACTION_TIMEOUT and spun.fetch_ms == 12
    assert "1.5 s limit" in (spun.detail or "") and spent < 3


async def test_a_worker_that_dies_is_replaced() -> None:
    workers = ExtractionWorkers(time_limit=30, target=die_on_marked_pages)
    try:
        died = await workers.run(ExtractJob(url="https://a.example/crash", body=b"<p>CRASH</p>"))
        after = await workers.run(ExtractJob(url="https://a.example/ok", body=PAGES[2].body,
                                             content_type=PAGES[2].content_type))
    finally:
        workers.close()
    assert died.outcome is Outcome.EXTRACTION_FAILED and "died" in (died.detail or "")
    assert after.ok
