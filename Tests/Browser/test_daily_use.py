"""Issue 13's "done when", in a real browser, as each role: the coordinator invites a référent who
sets a password through the link; a visitor finds "assistante maternelle"; the 2022–2025 convention,
read after its end, is « échue » and the coordinator opens the next one from a copy of its plan.
The copy changes the territory's current convention, so that test runs after every other one
(the `changes_plan` marker, ordered last in conftest)."""
import os
import re
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import base_url, make_driver, sign_in, wait_for

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def test_an_invited_referent_sets_a_password_through_the_link(browser):
    sign_in(browser)
    browser.get(base_url() + "/admin/utilisateurs")
    email = f"referente.{uuid.uuid4().hex[:8]}@exemple.fr"
    browser.find_element(By.ID, "new-email").send_keys(email)
    Select(browser.find_element(By.ID, "new-role")).select_by_value("referent")
    organisations = Select(browser.find_element(By.ID, "new-organisation"))
    choice = next(o for o in organisations.options if o.get_attribute("value"))
    organisations.select_by_value(choice.get_attribute("value"))
    browser.find_element(By.CSS_SELECTOR, "form[aria-labelledby=nouveau] button[type=submit]").click()
    link = wait_for(browser, lambda d: d.find_element(By.ID, "issued-url").get_attribute("value"))
    assert "/mot-de-passe?jeton=" in link

    invitee = make_driver()
    try:
        invitee.get(link)
        assert email in invitee.find_element(By.TAG_NAME, "main").text
        invitee.find_element(By.ID, "password").send_keys("un mot de passe choisi")
        invitee.find_element(By.ID, "confirmation").send_keys("un mot de passe choisi")
        invitee.find_element(By.CSS_SELECTOR, "form.account-form button[type=submit]").click()
        wait_for(invitee, lambda d: "/mot-de-passe" not in d.current_url)
        invitee.get(base_url() + "/compte/mot-de-passe")
        assert "/connexion" not in invitee.current_url, "l'invitée est connectée"
        # The link served once.
        invitee.delete_all_cookies()
        invitee.get(link)
        assert "déjà servi" in invitee.find_element(By.TAG_NAME, "main").text
    finally:
        invitee.quit()


def test_a_family_finds_assistante_maternelle(browser):
    browser.get(base_url() + f"/{SLUG}/recherche?q=assistante+maternelle")
    hits = browser.find_elements(By.CSS_SELECTOR, "ul.hits li a")
    assert hits, "« assistante maternelle » ne trouve rien"
    marked = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "ul.hits mark")]
    assert any(word.startswith("assistant") for word in marked), marked
    assert "assistante maternelle" in browser.title
    # A sous-action's hit leads to the sous-action itself on its fiche.
    sous_action = next((h for h in hits if "#sa-" in (h.get_attribute("href") or "")), None)
    assert sous_action is not None, [h.get_attribute("href") for h in hits]
    target = sous_action.get_attribute("href").split("#")[1]
    sous_action.click()
    wait_for(browser, lambda d: "/fiches/" in d.current_url)
    assert browser.find_elements(By.ID, target), f"la fiche n'a pas d'ancre {target}"


@pytest.mark.changes_plan
def test_the_ended_convention_is_echue_and_the_next_one_starts_from_a_copy(browser):
    browser.get(base_url() + f"/{SLUG}")
    assert "Échue depuis le 31 décembre 2025" in browser.find_element(By.TAG_NAME, "main").text
    sign_in(browser)
    browser.get(base_url() + f"/{SLUG}")
    browser.find_element(By.PARTIAL_LINK_TEXT, "Ouvrir la convention suivante").click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "conv-copy"))
    title = browser.find_element(By.ID, "conv-title")
    title.clear()
    title.send_keys("Convention territoriale globale 2026-2029")
    for field, year in (("conv-start", "2026"), ("conv-end", "2029")):
        box = browser.find_element(By.ID, field)
        box.clear()
        box.send_keys(year)
    copy = Select(browser.find_element(By.ID, "conv-copy"))
    source = next(o for o in copy.options if re.search(r"2022", o.text))
    copy.select_by_value(source.get_attribute("value"))
    browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=conv-h] button[type=submit]").click()
    # The editor of the new convention: its address names it.
    wait_for(browser, lambda d: "convention=" in d.current_url)
    browser.get(base_url() + f"/{SLUG}/plan")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "2026" in text and "2029" in text, "le plan courant n'est pas celui de la nouvelle convention"
    assert re.search(r"\b1-1-1\b", text), "les fiches n'ont pas été copiées"
