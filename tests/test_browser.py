"""End to end in headless chromium: the real server, a reader's clicks, and no request leaving the machine.

``streamlit run ui/app.py`` starts on a free 127.0.0.1 port over an embedded
store holding the seed page's sample.  The scenario searches 张伟, reads his
timeline, opens 焦作工匠, runs console queries (a write is refused), imports
the seed newspaper page and loads its facts.  Every request the browser makes
is recorded: one to any host but 127.0.0.1/localhost fails the test.
Screenshots of each page land in docs/screenshots/.

Needs Debian's ``chromium`` (``make test`` installs it through ``make system-deps``);
a missing browser is a failure, never a skip.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from bench.browser import CHROMIUM, CHROMIUM_ARGS
from loaders.pipeline import load_files
from tests.conftest import EDITOR, EDITOR_PASSWORD, EDITORS, SAMPLE_PROFILE, embedded_store

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SEED_TEXT = Path(__file__).parent / "data" / "seed" / "000_64891347c8508dc7.txt"
SCREENSHOTS = REPO / "docs" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WAIT_MS = 60_000


def _need_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    pytest.fail(
        "chromium is not installed: run `make system-deps` (Debian packages chromium, fonts-noto-cjk)", pytrace=False
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The explorer on a free local port over a fresh embedded store with the sample."""
    _need_chromium()
    db = tmp_path_factory.mktemp("browser") / "laomo.lbug"
    store = embedded_store(db)
    load_files(store, [SAMPLE_PROFILE])
    store.close()  # the server process takes the file's lock
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("LAOMO_READER", "LAOMO_STORE", "NEO4J_URI")}
    env.update(LAOMO_DB=str(db), PYTHONUNBUFFERED="1", LAOMO_EDITORS=EDITORS)  # import and console need a sign-in
    log = (tmp_path_factory.getbasetemp() / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(REPO / "ui" / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start: {Path(log.name).read_text()[-2000:]}", pytrace=False)
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple[object, list[str]]]:
    """A chromium page and the list of every URL it requested."""
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1600}, locale="zh-CN")
        page.on("request", lambda request: requests.append(request.url))
        page.set_default_timeout(WAIT_MS)
        yield page, requests
        browser.close()


def _idle(page) -> None:
    """Wait until the script run finished (the footer caption with the server time is drawn)."""
    page.wait_for_selector("text=/页面服务器用时 [0-9.]+ 秒/")
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] button')")
    time.sleep(0.6)  # charts and the graph component draw after the script run


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    time.sleep(1.5)  # graph components lay out (and animate) inside their frames after the run
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def _sidebar(page, server: str, title: str, heading: str | None = None) -> None:
    """Open a page from the sidebar (loading the app first when this test starts on a blank tab)."""
    if not page.url.startswith(server):
        page.goto(server)
        _idle(page)
    page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.wait_for_selector(f"h1:has-text('{heading or title}')")
    _idle(page)


def _sign_in(page, server: str) -> None:
    """Sign in as the test editor from the sidebar (once per browser session)."""
    if not page.url.startswith(server):
        page.goto(server)
        _idle(page)
    if page.get_by_text(f"已登录编辑：{EDITOR}").count():
        return
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.get_by_text("编辑登录").click()
    sidebar.get_by_label("编辑用户名").fill(EDITOR)
    sidebar.get_by_label("密码").fill(EDITOR_PASSWORD)
    sidebar.get_by_role("button", name="登录").click()
    page.wait_for_selector(f"text=已登录编辑：{EDITOR}")
    _idle(page)


def _server_times(page) -> list[float]:
    return [float(x) for x in re.findall(r"页面服务器用时 ([0-9.]+) 秒", page.inner_text("body"))]


def test_a_reader_finds_zhang_wei_and_follows_his_honours(browser_page, server: str) -> None:
    page, requests = browser_page
    page.goto(server)
    _idle(page)
    _shot(page, "overview")
    page.get_by_label("搜索人物、荣誉或单位").fill("张伟")
    page.keyboard.press("Enter")
    # the people search says how many it found and shows each with unit chain, rank and honours
    page.get_by_text("共找到 1 人").wait_for()
    page.get_by_role("link", name=re.compile(r"^张伟（焦煤集团 › 九里山矿 · 省部级 · 中原大工匠 2022")).click()
    page.wait_for_selector("h2:has-text('张伟')")
    _idle(page)
    assert "/person" in page.url and "person=p-" in page.url

    # the dated timeline is a plain table whose first column is the year
    years = [int(y) for y in page.locator("[data-testid='stTable'] tbody tr td:first-child").all_inner_texts()]
    assert years == [2019, 2020, 2021, 2022]
    assert page.get_by_text("未注明年份的荣誉").is_visible()
    _shot(page, "person")

    page.get_by_text("打开荣誉页面").click()
    page.get_by_role("link", name="焦作工匠（2021 第三届）").click()
    page.wait_for_selector("h2:has-text('焦作工匠')")
    _idle(page)
    assert "/honours" in page.url and "honor=h-" in page.url
    assert page.get_by_role("link", name="张伟（2021 第三届 · 九里山矿）").is_visible()
    _shot(page, "honours")
    _assert_local(requests)


def test_the_organisation_and_explore_pages_draw(browser_page, server: str) -> None:
    page, requests = browser_page
    _sidebar(page, server, "组织")
    assert page.get_by_role("link", name="张伟（九里山矿 · 省部级）").is_visible()
    page.wait_for_selector("iframe")  # the graph component
    _shot(page, "organizations")
    _sidebar(page, server, "探索")
    for typed in ("焦作市总工会", "张伟"):  # the pickers hold what the find box found, newest first
        page.get_by_role("textbox", name="按姓名查找人物或单位").fill(typed)
        page.keyboard.press("Enter")
        _idle(page)
    page.locator("[data-testid='stSelectbox']").filter(has_text="到").click()
    page.keyboard.type("焦作市总工会")
    page.keyboard.press("Enter")
    _idle(page)
    page.get_by_role("button", name="查找关联").click()
    page.wait_for_selector("text=/[0-9]+ 步：/")
    _idle(page)
    _shot(page, "explore")
    _assert_local(requests)


def test_the_organisation_roll_downloads_as_a_workbook(browser_page, server: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page, requests = browser_page
    _sidebar(page, server, "组织")
    page.get_by_role("tab", name="荣誉名册").click()
    _idle(page)  # the page ends in the paged roll: let it settle before opening its rank filter
    rank_box = page.locator("[data-testid='stSelectbox']").filter(has_text="荣誉等级").last
    rank_box.scroll_into_view_if_needed()
    rank_box.click()
    page.get_by_role("option", name="地市级及以上").click()
    page.wait_for_selector("text=名册共 2 条，涉及 1 人")
    _idle(page)
    page.get_by_role("button", name="下载 XLSX").scroll_into_view_if_needed()  # the roll and its buttons
    _shot(page, "organizations-roll")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 XLSX").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "焦煤集团荣誉名册（地市级及以上）.xlsx"
    wb = load_workbook(saved)
    assert wb.sheetnames == ["汇总", "省部级", "地市级"]
    assert [c.value for c in wb["地市级"][2]][:3] == ["张伟", "九里山矿", "焦作工匠"]
    _assert_local(requests)


def _run_console(page, cypher: str) -> None:
    editor = page.get_by_role("textbox", name="Cypher 查询", exact=True)
    editor.fill(cypher)
    editor.press("Control+Enter")  # commit the text area before the click
    time.sleep(0.5)
    page.get_by_role("button", name="运行").click()


def test_the_console_answers_reads_and_refuses_writes(browser_page, server: str) -> None:
    page, requests = browser_page
    _sign_in(page, server)
    _sidebar(page, server, "Cypher 控制台", "Cypher 查询控制台")
    _run_console(page, "MATCH (p:Person)-[r:RECEIVED]->(a:Award) WHERE p.name = '张伟' RETURN p, r, a")
    page.wait_for_selector("text=/8 行，用时/")
    _idle(page)
    _shot(page, "console")
    _run_console(page, "CREATE (p:Person {id: 'x', name: '李四'}) RETURN p")
    page.wait_for_selector("text=只读控制台拒绝了这条语句")
    _idle(page)
    _assert_local(requests)


def test_the_seed_page_is_imported_after_review(browser_page, server: str, tmp_path: Path) -> None:
    page, requests = browser_page
    _sign_in(page, server)
    _sidebar(page, server, "导入")
    page.get_by_role("textbox", name="文献日期（可选）", exact=True).fill("2023-02")
    page.keyboard.press("Enter")
    time.sleep(1.0)  # let the rerun the date triggers start, so the upload does not race it
    _idle(page)
    page.locator("input[type=file]").set_input_files(str(SEED_TEXT))
    try:
        page.wait_for_selector("text=/条待核对/")
    except Exception:
        page.screenshot(path=str(tmp_path / "import-failed.png"))  # pytest keeps the last tmp dirs
        raise
    _idle(page)
    assert page.get_by_text(re.compile(r"已接受 (\d+) / \1 条")).is_visible()  # every row starts accepted
    _shot(page, "import")
    page.get_by_role("button", name="导入已接受的事实").click()
    page.wait_for_selector("text=/已导入 /")
    _idle(page)
    # the sample was curated from this very page (same document), so the extractor's facts
    # merge into it: what changes is what the sample left out, and loading only ever adds
    changed = page.locator("[data-testid='stTable']").filter(has=page.locator("th", has_text="变化"))
    rows = changed.last.locator("tbody tr").all()
    changes = dict(tuple(c.strip() for c in row.locator("td").all_inner_texts()) for row in rows)
    assert changes and all(v.startswith("+") for v in changes.values()), changes
    assert "来源（Document）" not in changes, changes
    times = _server_times(page)
    assert times and max(times) < 10
    _assert_local(requests)


def test_a_link_to_a_missing_person_says_not_found_and_keeps_its_address(browser_page, server: str) -> None:
    page, requests = browser_page
    page.goto(f"{server}/person?person=p-doesnotexist")
    page.wait_for_selector("text=未找到人物“p-doesnotexist”")
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] button')")
    time.sleep(0.6)  # a not-found page stops before the footer with the server time, which _idle waits for
    assert page.url.endswith("/person?person=p-doesnotexist")  # not rewritten to someone else
    assert page.locator("h2").count() == 0  # no person's name as the page's subject
    page.get_by_label("搜索人物、荣誉或单位").fill("张伟")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="张伟（人物）").click()
    page.wait_for_selector("h2:has-text('张伟')")
    _idle(page)
    page.wait_for_url(re.compile(r"/person\?person=p-(?!doesnotexist)"), timeout=10_000)  # the found one's address
    _assert_local(requests)


def _assert_local(requests: list[str]) -> None:
    outside = sorted(
        {
            u
            for u in requests
            if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).hostname not in LOCAL_HOSTS
        }
    )
    assert requests and not outside, f"requests left the machine: {outside}"
