"""Issue 13 (print): a signed-in fiche printed by Chromium (CDP Page.printToPDF, the same
engine as Ctrl+P) carries no editing interface, and its margins name the CTG and the
territory. The text is read back with pdftotext (poppler-utils)."""
import base64
import os
import re
import shutil
import subprocess
import tempfile
import urllib.request

import pytest
from selenium.webdriver.common.by import By

from conftest import base_url, make_driver, sign_in

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")

# Words only the editing forms of a fiche show.
FORM_WORDS = ["Saisir une mesure", "Enregistrer la mesure", "Évaluer ce résultat", "Mettre à jour le suivi",
              "Plus d'options", "Pondérations"]


def printed_text(driver):
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(base64.b64decode(pdf["data"]))
        file.flush()
        return subprocess.run(["pdftotext", "-enc", "UTF-8", file.name, "-"], capture_output=True, text=True, check=True).stdout


def open_signed_in(driver, page, link):
    """Signs in, opens the territory's `page`, then the first link matching the CSS selector `link`."""
    sign_in(driver)
    driver.get(f"{base_url()}/{SLUG}/{page}")
    driver.get(driver.find_element(By.CSS_SELECTOR, link).get_attribute("href"))


def test_a_signed_in_fiche_prints_without_its_forms():
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    driver = make_driver()
    try:
        open_signed_in(driver, "plan", "a[href*='/plan/fiches/']")
        # On screen the coordinateur has the forms…
        assert driver.find_elements(By.CSS_SELECTOR, "form.measure-form, form.suivi-form")
        name = driver.find_element(By.CSS_SELECTOR, ".brand-territory").text.strip()
        text = printed_text(driver)
        # …on paper they are gone, and every page names the CTG and the territory.
        assert [word for word in FORM_WORDS if word in text] == []
        assert text.count("Convention Territoriale Globale — " + name) == text.count("\f")
    finally:
        driver.quit()


def test_the_bilan_pdf_has_a_clickable_contents_and_bookmarks():
    """Poppler, not our own reader, opens the server's bilan PDF: pdfinfo accepts it, pdftohtml -xml
    lists its bookmarks, and the Sommaire's links (one <a> per text piece they cover) lead to the same pages."""
    if shutil.which("pdfinfo") is None or shutil.which("pdftohtml") is None:
        pytest.skip("poppler-utils is not installed")
    driver = make_driver()
    try:
        open_signed_in(driver, "bilan", "a[href*='/bilan/20']")
        href = driver.find_element(By.CSS_SELECTOR, "a[href$='/bilan.pdf']").get_attribute("href")
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        with urllib.request.urlopen(urllib.request.Request(href, headers={"Cookie": cookies})) as response:
            data = response.read()
    finally:
        driver.quit()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        info = subprocess.run(["pdfinfo", file.name], capture_output=True, text=True, check=True)
        assert "Syntax Error" not in info.stderr
        contents = subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2", file.name, "-"],
                                  capture_output=True, text=True, check=True).stdout
        xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", file.name], capture_output=True, text=True, check=True).stdout
    assert "Sommaire" in contents and "->" not in contents
    bookmarks = re.findall(r'<item page="(\d+)"', xml)
    links = re.findall(r'<a href="[^"]*#(\d+)"', xml)
    assert len(bookmarks) >= 2
    assert set(links) == set(bookmarks)
