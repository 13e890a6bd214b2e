"""The main pages in a real headless Chromium (Debian's, driven by Playwright), JavaScript off:
readable at 390 and 1200 px without sideways scrolling, keyboard-reachable, dark mode, and the
filter and subscribe forms working as plain HTML forms."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.settings import Settings
from monitor.web.app import create_app
from storage import db
from tests.support.webdata import NOW, add_demo_stories
from tests.support.webserver import serve_in_thread

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)"),
]
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, int]]]:
    tmp = tmp_path_factory.mktemp("browser")
    settings = Settings.from_env({}, database_url=f"sqlite:///{tmp}/monitor.db", data_dir=str(tmp),
                                 secret_key="browser-test-secret-0123456789",
                                 public_url="https://news.example.org")
    engine = db.make_engine(settings.database_url)
    db.upgrade(engine)
    ids = add_demo_stories(engine)
    with serve_in_thread(create_app(settings, engine, clock=lambda: NOW)) as base:
        yield base, ids
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def page_for(browser: Any, width: int, scheme: str = "light") -> Any:
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                  java_script_enabled=False)
    return context.new_page()


def paths(ids: dict[str, int]) -> list[str]:
    return ["/", f"/stories/{ids['China and']}", f"/stories/{ids['中国与哈萨克斯坦共建联合实验室，推动干旱区农业科技合作']}",
            "/sources", "/subscribe"]


@pytest.mark.parametrize("width", [390, 1200], ids=["phone", "desktop"])
def test_pages_fit_the_screen(browser: Any, site: tuple[str, dict[str, int]], width: int) -> None:
    base, ids = site
    page = page_for(browser, width)
    for path in paths(ids):
        page.goto(base + path)
        assert page.locator("h1").first.is_visible()
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        small = page.evaluate("""() => [...document.querySelectorAll('p, li, td, a, label')]
            .filter(e => e.offsetParent && parseFloat(getComputedStyle(e).fontSize) < 12).length""")
        assert small == 0, f"{path}: text smaller than 12px at {width}px"
    page.context.close()


def test_keyboard_skip_link_and_visible_focus(browser: Any, site: tuple[str, dict[str, int]]) -> None:
    base, _ = site
    page = page_for(browser, 1200)
    page.goto(base + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.textContent, "
                            "getComputedStyle(document.activeElement).outlineStyle]")
    assert focused[0] == "Skip to content" and focused[1] != "none"
    assert page.locator("a.skip").is_visible()  # shown while focused
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.context.close()


def test_dark_mode_follows_the_system(browser: Any, site: tuple[str, dict[str, int]]) -> None:
    base, _ = site
    colours = {}
    for scheme in ("light", "dark"):
        page = page_for(browser, 1200, scheme)
        page.goto(base + "/")
        colours[scheme] = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
        page.context.close()
    assert colours["light"] != colours["dark"]


def test_the_filters_work_without_javascript(browser: Any, site: tuple[str, dict[str, int]]) -> None:
    base, _ = site
    page = page_for(browser, 390)
    page.goto(base + "/")
    page.get_by_label("Country").select_option("UZ")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state()
    assert "country=UZ" in page.url
    titles = page.locator("ol.stories h2").all_inner_texts()
    assert titles == ["Китай и Узбекистан откроют совместный университет в Ташкенте"]
    page.get_by_label("Search titles and summaries").fill("laboratory")
    page.get_by_label("Country").select_option("")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state()
    assert page.locator("ol.stories h2").all_inner_texts() == [
        "China and Kazakhstan open a joint laboratory for water research in Almaty"]
    page.context.close()


def test_subscribing_in_the_browser(browser: Any, site: tuple[str, dict[str, int]]) -> None:
    base, _ = site
    page = page_for(browser, 390)
    page.goto(base + "/subscribe")
    page.get_by_label("Email address").fill("browser@example.org")
    page.get_by_label("Weekly, on").check()
    page.get_by_label("Day of the weekly digest").select_option("fri")
    page.get_by_label("Kazakhstan").check()
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Check your inbox"
    page.context.close()


def test_chromium_is_debians(browser: Any) -> None:
    assert shutil.which("chromium") == CHROMIUM or Path(CHROMIUM).exists()
    assert browser.version


CONTRAST = """() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(parseFloat); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = el => { for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor); if (c && c.a > 0.5) return c; }
    return {r: 255, g: 255, b: 255, a: 1}; };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') continue;
    const a = lum(parse(s.color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && parseInt(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) low.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
  }
  return low;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(browser: Any, site: tuple[str, dict[str, int]], scheme: str) -> None:
    base, ids = site
    page = page_for(browser, 1200, scheme)
    for path in paths(ids):
        page.goto(base + path)
        page.keyboard.press("Tab")  # the skip link shows while focused: check it too
        assert page.evaluate(CONTRAST) == [], f"{path} in {scheme} mode"
    page.context.close()
