"""axe-core 4.10 on every kind of page of the site, signed out and signed in as a
coordinateur: any serious or critical violation fails the suite (issue 10, the CI gate)."""
import pytest
from axe_selenium_python import Axe

from conftest import base_url, crawl, make_driver, sign_in

BLOCKING = {"serious", "critical"}


def violations_of(browser, path):
    browser.get(base_url() + path)
    Axe(browser).inject()
    # The package's own run() never calls back when axe rejects (an unknown rule, a page
    # error) and the suite would wait for the driver's timeout: the rejection is returned.
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run().then(r => done(r), e => done({error: String(e)}));")
    assert "error" not in result, f"{path}: axe-core a échoué : {result.get('error')}"
    return [v for v in result["violations"] if v.get("impact") in BLOCKING]


def report(path, violations):
    return "\n".join(f"{path}: {v['id']} ({v['impact']}) — {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
                     for v in violations)


def test_public_pages_have_no_serious_violation(browser):
    pages = crawl(browser)
    assert len(pages) >= 10, pages
    problems = [report(path, found) for path in pages if (found := violations_of(browser, path))]
    assert not problems, "\n".join(problems)


def test_signed_in_pages_have_no_serious_violation():
    driver = make_driver()
    try:
        sign_in(driver)
        pages = crawl(driver, start=driver.current_url.replace(base_url(), "") or "/")
        assert len(pages) >= 10, pages
        problems = [report(path, found) for path in pages if (found := violations_of(driver, path))]
        assert not problems, "\n".join(problems)
    finally:
        driver.quit()
