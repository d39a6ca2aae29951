"""Issue 13's "done when", the parts not covered elsewhere, in a real browser: the coordinator
records a budget line and finds it on /financeurs and in the bilan; attaches the signed act to
the deliberation, and a parent (no account) downloads it from the public page."""
import os
import re
import tempfile
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import base_url, main_text, make_driver, sign_in, wait_for

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def plain(text):
    """French amounts use no-break and narrow no-break spaces between thousands."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


def euros(text):
    """ "12 500,50 €" -> 12500.5; "—" or nothing -> 0."""
    digits = re.sub(r"[^0-9,]", "", text or "").replace(",", ".")
    return float(digits) if digits else 0.0


def cell(browser, selector, row_label):
    """The first amount of the row headed `row_label` in the tables matching `selector`."""
    script = """
        for (const row of document.querySelectorAll(arguments[0] + ' tr')) {
            const head = row.querySelector('th');
            if (head && head.innerText.trim().startsWith(arguments[1])) {
                const td = row.querySelector('td'); return td ? td.innerText : '';
            }
        }
        return '';"""
    return euros(browser.execute_script(script, selector, row_label))


def test_a_budget_line_shows_on_financeurs_and_in_the_bilan(browser):
    sign_in(browser)
    financeurs, bilan = base_url() + f"/{SLUG}/financeurs?annee=2024", base_url() + f"/{SLUG}/bilan/2024"
    browser.get(base_url() + f"/{SLUG}/plan/fiches/1-1-1")
    budget = browser.find_element(By.CSS_SELECTOR, "main a[href*='/budget']").get_attribute("href")
    browser.get(budget)
    funders = Select(browser.find_element(By.ID, "bg-fin"))
    funder = next(o for o in funders.options if o.get_attribute("value"))
    name = funder.text.strip()
    # Saving the same year and financeur replaces that line: what it held before counts.
    replaced = browser.execute_script("""
        for (const row of document.querySelectorAll('table.budget tbody tr')) {
            const cells = row.querySelectorAll('td'), head = row.querySelector('th');
            if (cells[0].innerText.trim() === '2024' && head.innerText.trim() === arguments[0]) return cells[1].innerText;
        }
        return '';""", name)
    delta = 43210.98 - euros(replaced)

    browser.get(financeurs)
    funder_before = cell(browser, "table.budget", name)
    browser.get(bilan)
    axe_before = cell(browser, "table.bilan-budget", "Axe 1")

    browser.get(budget)
    Select(browser.find_element(By.ID, "bg-year")).select_by_value("2024")
    Select(browser.find_element(By.ID, "bg-fin")).select_by_visible_text(name)
    browser.find_element(By.ID, "bg-planned").send_keys("43 210,98")
    browser.find_element(By.CSS_SELECTOR, "#budget-form button[type=submit]").click()
    wait_for(browser, lambda d: "43 210,98" in plain(main_text(d)) and not d.find_elements(By.CSS_SELECTOR, ".form-error"))

    browser.get(financeurs)
    assert abs(cell(browser, "table.budget", name) - funder_before - delta) < 0.005, \
        f"/financeurs : le prévu de « {name} » en 2024 n'a pas bougé du montant saisi"
    browser.get(bilan)
    assert abs(cell(browser, "table.bilan-budget", "Axe 1") - axe_before - delta) < 0.005, \
        "le bilan 2024 ne compte pas la ligne saisie dans l'axe 1"


def test_the_signed_act_is_attached_and_a_parent_downloads_it(browser):
    sign_in(browser)
    browser.get(base_url() + f"/{SLUG}/deliberations")
    act = next(a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main a[href*='/deliberations/']")
               if re.search(r"/deliberations/[^/?#]+$", a.get_attribute("href") or ""))
    browser.get(act)
    browser.find_element(By.PARTIAL_LINK_TEXT, "pièces jointes").click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "attachment-file"))
    Select(browser.find_element(By.ID, "attachment-kind")).select_by_value("acte")
    content = b"%PDF-1.4\nacte signe et teletransmis (essai navigateur)\n%%EOF\n"
    with tempfile.NamedTemporaryFile(prefix="Délibération signée ", suffix=".pdf", delete=False) as handle:
        handle.write(content)
    try:
        browser.find_element(By.ID, "attachment-file").send_keys(handle.name)
        browser.find_element(By.CSS_SELECTOR, "form[enctype] button[type=submit]").click()
        filename = os.path.basename(handle.name)
        wait_for(browser, lambda d: filename in main_text(d))
    finally:
        os.unlink(handle.name)

    parent = make_driver()
    try:
        parent.get(act)
        link = parent.find_element(By.PARTIAL_LINK_TEXT, filename).get_attribute("href")
    finally:
        parent.quit()
    # The download itself, with no cookie at all, as a parent's browser would fetch it.
    with urllib.request.urlopen(link, timeout=60) as response:
        assert response.status == 200
        assert response.headers.get_content_type() == "application/pdf"
        assert response.read() == content
