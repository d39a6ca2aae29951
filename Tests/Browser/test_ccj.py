"""The youth council's vote in a real browser at phone width (issue 12): a coordinateur reads a
code on the printable sheet of the demonstration election, a pupil votes with it on a 390 px
screen, the same code is then refused; axe-core finds no serious or critical violation on the
council's pages, signed out and in."""
import os
import re

from selenium.webdriver.common.by import By

from axe_selenium_python import Axe

from conftest import base_url, heading, make_driver, sign_in, wait_for

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def serious_violations(driver):
    """axe-core on the page as it stands (a ballot shown after a POST cannot be reloaded by address)."""
    Axe(driver).inject()
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run().then(r => done(r), e => done({error: String(e)}));")
    assert "error" not in result, result.get("error")
    return [f"{v['id']} ({v['impact']}): {v['help']}" for v in result["violations"] if v.get("impact") in {"serious", "critical"}]


def demo_code_and_pages():
    """A code of the demo election's first college, and the back-office pages to check with axe."""
    coordinator = make_driver()
    try:
        sign_in(coordinator)
        coordinator.get(base_url() + f"/{SLUG}/gestion/ccj")
        election = coordinator.find_element(By.CSS_SELECTOR, ".ccj-list a").get_attribute("href")
        coordinator.get(election)
        sheet = coordinator.find_element(By.PARTIAL_LINK_TEXT, "Planche des codes").get_attribute("href")
        coordinator.get(sheet)
        code = coordinator.find_element(By.CSS_SELECTOR, ".ccj-card .ccj-code").text.strip()
        pages = [f"/{SLUG}/gestion/ccj", election, sheet]
        problems = {}
        for page in pages:
            coordinator.get(page if page.startswith("http") else base_url() + page)
            found = serious_violations(coordinator)
            if found:
                problems[page] = found
        return code, election.rsplit("/", 1)[-1], problems
    finally:
        coordinator.quit()


def test_a_pupil_votes_from_a_phone(phone, screenshots):
    code, election_id, problems = demo_code_and_pages()
    assert not problems, problems
    assert re.fullmatch(r"[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}", code)
    vote = base_url() + f"/{SLUG}/ccj/elections/{election_id}/vote"
    phone.get(vote)
    assert not serious_violations(phone)
    phone.find_element(By.ID, "code").send_keys(code.lower())
    phone.find_element(By.CSS_SELECTOR, "form.ccj-ballot button[type=submit]").click()
    wait_for(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "fieldset legend"))
    assert not serious_violations(phone)
    phone.save_screenshot(os.path.join(screenshots, "390-ccj-bulletin.png"))
    overflow = phone.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"le bulletin déborde de {overflow} px à 390 px"
    phone.find_element(By.CSS_SELECTOR, ".ccj-choice label").click()
    phone.find_element(By.CSS_SELECTOR, "form.ccj-ballot button[type=submit]").click()
    wait_for(phone, lambda d: heading(d) == "A voté")
    # The same code a second time: refused in French, nothing counted.
    phone.get(vote)
    phone.find_element(By.ID, "code").send_keys(code)
    phone.find_element(By.CSS_SELECTOR, "form.ccj-ballot button[type=submit]").click()
    wait_for(phone, lambda d: d.find_elements(By.CSS_SELECTOR, ".form-error"))
    assert "Ce code a déjà servi" in phone.find_element(By.CSS_SELECTOR, ".form-error").text


def test_the_public_council_pages_pass_axe(browser):
    browser.get(base_url() + f"/{SLUG}/ccj")
    assert not serious_violations(browser)
    browser.find_element(By.CSS_SELECTOR, ".ccj-list a").click()
    wait_for(browser, lambda d: "/ccj/elections/" in d.current_url)
    assert not serious_violations(browser)
