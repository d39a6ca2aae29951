"""The agenda in a real browser (issue 10): the ICS feeds parse with a real iCalendar parser and
keep their UIDs, and a family registers to an animation through the form, then cancels."""
import os
import re
import urllib.request

from icalendar import Calendar
from selenium.webdriver.common.by import By

from conftest import base_url, heading, wait_for

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def fetch_calendar(path):
    with urllib.request.urlopen(base_url() + path, timeout=60) as response:
        assert response.status == 200
        assert response.headers.get_content_type() == "text/calendar"
        return Calendar.from_ical(response.read())


def uids(calendar):
    return [str(event.get("UID")) for event in calendar.walk("VEVENT")]


def test_the_ics_feeds_parse_and_keep_their_uids():
    everything = fetch_calendar(f"/{SLUG}/agenda.ics")
    first = uids(everything)
    assert first, "l'agenda de démonstration ne donne aucun événement"
    assert len(set(first)) == len(first)
    assert uids(fetch_calendar(f"/{SLUG}/agenda.ics")) == first
    for event in everything.walk("VEVENT"):
        assert event.get("DTSTART") is not None and event.get("SUMMARY")
    filtered = uids(fetch_calendar(f"/{SLUG}/agenda.ics?public=parents"))
    assert set(filtered) <= set(first)


def test_a_family_registers_through_the_form_and_cancels(browser):
    browser.get(base_url() + f"/{SLUG}/agenda")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main h2 a")]
    assert links, "aucune animation à venir dans l'agenda de démonstration"
    for href in links:
        browser.get(href)
        if browser.find_elements(By.ID, "r-name"):
            break
    else:
        raise AssertionError("aucune animation ouverte aux inscriptions")
    browser.find_element(By.ID, "r-name").send_keys("Camille Essai")
    browser.find_element(By.ID, "r-email").send_keys("camille.essai@exemple.fr")
    places = browser.find_element(By.ID, "r-places")
    places.clear()
    places.send_keys("1")
    browser.find_element(By.ID, "r-commune").send_keys("Commune d'essai")
    assert not browser.find_elements(By.CSS_SELECTOR, ".register-form input[type=checkbox]:checked")
    browser.find_element(By.CSS_SELECTOR, ".register-form button[type=submit]").click()
    wait_for(browser, lambda d: re.match(r"Inscription (confirmée|en liste d'attente)", heading(d)))
    cancel = browser.find_element(By.LINK_TEXT, "Annuler mon inscription").get_attribute("href")
    browser.get(cancel)
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    # The confirmation form is gone once the registration is cancelled.
    wait_for(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, "main form"))
    assert "annul" in browser.find_element(By.TAG_NAME, "main").text.lower()
