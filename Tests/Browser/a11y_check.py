#!/usr/bin/env python3
"""Opens ctg's public pages in headless Chromium, runs axe-core on each and
saves a screenshot. Exit code 1 when axe reports a violation.

Usage: a11y_check.py BASE_URL OUT_DIR [PATH ...]
With CTG_EMAIL and CTG_PASSWORD set, it signs in first (back-office pages).
"""
import json
import os
import sys

os.environ.setdefault("SE_OFFLINE", "true")

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

DEFAULT_PATHS = ["/", "/pays-de-saint-eloy", "/pays-de-saint-eloy/plan", "/pays-de-saint-eloy/plan/fiches/1-2-2", "/pays-de-saint-eloy/deliberations/CC2022-04-06",
                 "/pays-de-saint-eloy/recherche?q=parents", "/pays-de-saint-eloy/deliberations", "/pays-de-saint-eloy/plan/fiches/0-0-0",
                 "/bocage-fictif", "/val-d-arve-fictif/deliberations/D2024-31"]


def driver():
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,1600"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def sign_in(browser, base, email, password):
    from selenium.webdriver.common.by import By
    browser.get(base + "/connexion")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda d: "/connexion" not in d.current_url)


def main():
    base, out = sys.argv[1].rstrip("/"), sys.argv[2]
    paths = sys.argv[3:] or DEFAULT_PATHS
    os.makedirs(out, exist_ok=True)
    browser = driver()
    failures = 0
    try:
        if os.environ.get("CTG_EMAIL"):
            sign_in(browser, base, os.environ["CTG_EMAIL"], os.environ["CTG_PASSWORD"])
        for path in paths:
            browser.get(base + path)
            axe = Axe(browser)
            axe.inject()
            # checkboxgroup was withdrawn from later axe-core releases: it flags
            # same-named checkboxes in separate forms, which is valid markup.
            violations = axe.run(options=json.dumps({"rules": {"checkboxgroup": {"enabled": False}}}))["violations"]
            name = path.strip("/").replace("/", "_").replace("?", "_") or "home"
            browser.save_screenshot(os.path.join(out, name + ".png"))
            for v in violations:
                failures += 1
                print(f"{path}: {v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s)")
            print(f"{path}: {len(violations)} violation(s)")
    finally:
        browser.quit()
    print(f"{len(paths)} pages checked, {failures} violation(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
