"""Phone width (390 px): the main pages fit the screen (wide tables scroll inside their own
box, the navigation folds into one line) and are saved as screenshots to look at."""
import os

import pytest

from conftest import base_url

SLUG = os.environ.get("CTG_TERRITORY", "pays-de-saint-eloy")
MAIN_PAGES = ["/", f"/{SLUG}", f"/{SLUG}/plan", f"/{SLUG}/plan/fiches/1-2-2", f"/{SLUG}/deliberations",
              f"/{SLUG}/structures", f"/{SLUG}/parents", f"/{SLUG}/jeunes", "/accessibilite"]


@pytest.mark.parametrize("path", MAIN_PAGES)
def test_page_fits_a_phone(phone, screenshots, path):
    phone.get(base_url() + path)
    assert phone.find_element("css selector", "h1").text.strip()
    name = path.strip("/").replace("/", "_") or "accueil"
    phone.save_screenshot(os.path.join(screenshots, f"390-{name}.png"))
    overflow = phone.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{path} déborde de {overflow} px à 390 px de large"
