"""Shared fixtures of the browser suite: the server's address, a headless Chromium, and a
crawl of the site's pages (one page per kind of address), signed out and signed in.

Environment: CTG_BASE_URL (the running server), CTG_EMAIL and CTG_PASSWORD (a coordinateur),
CTG_SCREENSHOTS (where the 390 px screenshots go).
"""
import os
import re
import tempfile
from collections import deque
from urllib.parse import urljoin, urlparse

import pytest

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

# Files, feeds and exports are not pages; sign-out is a form, never a link to follow.
SKIPPED = re.compile(r"\.(csv|xlsx|json|ics|pdf|odt|docx|png|jpe?g|atom|xml)$|/api/|/deconnexion|/documents/\d+$")
MAX_PAGES = int(os.environ.get("CTG_MAX_PAGES", "150"))


def base_url():
    return os.environ.get("CTG_BASE_URL", "http://127.0.0.1:8090").rstrip("/")


def make_driver(width=1280, height=1600):
    options = Options()
    options.binary_location = os.environ.get("CTG_CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(os.environ.get("CTG_CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    # axe-core takes a while on the longest pages (the plan) on a busy two-core machine.
    driver.set_script_timeout(180)
    driver.set_page_load_timeout(120)
    return driver


def wait_for(browser, condition, seconds=60):
    """Until `condition` holds on the next page. After a click that submits a form, the page
    being left is torn down while the condition reads it: an element goes stale, or Chromium
    answers "Node with given id does not belong to the document". Both only mean "not yet", so
    every WebDriver error is retried until the time runs out (then the timeout names the wait)."""
    def settled(driver):
        # A condition that names the next page can hold while that page is still loading.
        value = condition(driver)
        return value if value and driver.execute_script("return document.readyState") == "complete" else False
    return WebDriverWait(browser, seconds, ignored_exceptions=(WebDriverException,)).until(settled)


def heading(browser):
    """The page's first <h1> as shown, read in one script call: there is no element handle to go
    stale between finding it and reading it."""
    return browser.execute_script("const h = document.querySelector('h1'); return h ? h.innerText.trim() : ''")


def main_text(browser):
    """The text of <main> as shown, read in one script call (see `heading`)."""
    return browser.execute_script("const m = document.querySelector('main'); return m ? m.innerText : ''")


def sign_in(browser):
    email, password = os.environ.get("CTG_EMAIL"), os.environ.get("CTG_PASSWORD")
    if not email:
        pytest.skip("CTG_EMAIL and CTG_PASSWORD name no coordinateur account")
    browser.get(base_url() + "/connexion")
    if "/connexion" not in browser.current_url:
        return  # already signed in: the page sends a signed-in user home
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(browser, lambda d: "/connexion" not in d.current_url, 15)


def shape(path):
    """The kind of address: numbers and fiche codes replaced, so each kind is checked once."""
    path = re.sub(r"/\d+(?=/|$)", "/N", path)
    path = re.sub(r"/\d+(-\d+)+(-[A-Z])?(?=/|$)", "/CODE", path)
    path = re.sub(r"/[A-Z]{1,4}\d{4}-\d+(?=/|$)", "/DELIB", path)
    return path


def crawl(browser, start="/"):
    """Pages of this site reachable by links from `start`, one per kind of address."""
    base = base_url()
    host = urlparse(base).netloc
    seen_shapes, pages = set(), []
    queue = deque([start])
    while queue and len(pages) < MAX_PAGES:
        path = queue.popleft()
        if shape(path) in seen_shapes:
            continue
        seen_shapes.add(shape(path))
        browser.get(base + path)
        pages.append(path)
        for anchor in browser.find_elements(By.CSS_SELECTOR, "a[href]"):
            href = anchor.get_attribute("href") or ""
            url = urlparse(urljoin(base + path, href))
            if url.netloc != host or SKIPPED.search(url.path):
                continue
            target = url.path + ("?" + url.query if url.query else "")
            if shape(target) not in seen_shapes:
                queue.append(target)
    return pages


@pytest.fixture(scope="session")
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def phone():
    driver = make_driver(390, 844)
    # Headless Chromium keeps windows at least 500 px wide: emulate the phone's viewport instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def screenshots():
    folder = os.environ.get("CTG_SCREENSHOTS") or tempfile.mkdtemp(prefix="ctg-screens-")
    os.makedirs(folder, exist_ok=True)
    print(f"captures d'écran : {folder}")
    return folder


def pytest_configure(config):
    config.addinivalue_line("markers", "changes_plan: changes the territory's current convention; runs after every other test")


def pytest_collection_modifyitems(config, items):
    """Tests that open a new convention run last, so the other pages are checked on the seed's plan."""
    items.sort(key=lambda item: item.get_closest_marker("changes_plan") is not None)
