"""The public survey page in a real browser at phone width (issue 12): the demonstration LAEP
diagnostic is answered through its form, and axe-core finds no serious or critical violation."""
import os

from selenium.webdriver.common.by import By

from conftest import base_url, heading, wait_for
from test_accessibility import report, violations_of

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")


def test_a_survey_is_answered_on_a_phone(phone, screenshots):
    driver = phone
    driver.get(base_url() + f"/{SLUG}/enquetes")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main .survey-list a")]
    assert links, "aucune enquête ouverte dans les données de démonstration"
    survey = links[0].replace(base_url(), "")
    found = violations_of(driver, survey)
    assert not found, report(survey, found)
    driver.save_screenshot(os.path.join(screenshots, "390-enquete.png"))
    # Nothing wider than the phone: the form and its long answers wrap.
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{survey} déborde de {overflow} px à 390 px de large"
    for fieldset in driver.find_elements(By.CSS_SELECTOR, "form.survey-form fieldset"):
        fieldset.find_elements(By.CSS_SELECTOR, "input")[0].click()
    for area in driver.find_elements(By.CSS_SELECTOR, "form.survey-form textarea"):
        area.send_keys("Un créneau le mercredi & le samedi <merci>")
    driver.find_element(By.CSS_SELECTOR, "form.survey-form button[type=submit]").click()
    wait_for(driver, lambda d: heading(d) == "Merci pour votre réponse")
    found = violations_of(driver, driver.current_url.replace(base_url(), ""))
    assert not found, report("merci", found)
