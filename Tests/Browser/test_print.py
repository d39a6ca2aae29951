"""Issue 13 (print): a signed-in fiche printed by Chromium (CDP Page.printToPDF, the same
engine as Ctrl+P) carries no editing interface, and its margins name the CTG and the
territory. The text is read back with pdftotext (poppler-utils)."""
import base64
import os
import shutil
import subprocess
import tempfile

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


def test_a_signed_in_fiche_prints_without_its_forms():
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    driver = make_driver()
    try:
        sign_in(driver)
        driver.get(f"{base_url()}/{SLUG}/plan")
        driver.get(driver.find_element(By.CSS_SELECTOR, "a[href*='/plan/fiches/']").get_attribute("href"))
        # On screen the coordinateur has the forms…
        assert driver.find_elements(By.CSS_SELECTOR, "form.measure-form, form.suivi-form")
        name = driver.find_element(By.CSS_SELECTOR, ".brand-territory").text.strip()
        text = printed_text(driver)
        # …on paper they are gone, and every page names the CTG and the territory.
        assert [word for word in FORM_WORDS if word in text] == []
        assert text.count("Convention Territoriale Globale — " + name) == text.count("\f")
    finally:
        driver.quit()
