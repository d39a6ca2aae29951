"""The public guichet in a real browser: a family filters the directory by age and commune,
and reads a parents' page whose Markdown cannot inject anything."""
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import base_url, main_text, wait_for

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def test_family_finds_a_creche_by_age(browser):
    browser.get(base_url() + f"/{SLUG}/structures")
    browser.find_element(By.ID, "age").send_keys("2")
    Select(browser.find_element(By.ID, "unite")).select_by_value("ans")
    browser.find_element(By.CSS_SELECTOR, "form[role=search] button[type=submit]").click()
    wait_for(browser, lambda d: "age=2" in d.current_url and d.execute_script("return document.readyState") == "complete")
    names = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".cards h3 a")]
    assert names, "aucune structure pour un enfant de 2 ans dans les données de démonstration"
    assert all("Espace jeunes" not in name for name in names)


def test_parents_space_lists_pages_and_partners(browser):
    browser.get(base_url() + f"/{SLUG}/parents")
    links = browser.find_elements(By.CSS_SELECTOR, ".cards h3 a")
    assert links
    links[0].click()
    wait_for(browser, lambda d: "Mis à jour le" in main_text(d))
    assert not browser.find_elements(By.CSS_SELECTOR, "main script")
