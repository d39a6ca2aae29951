"""Writes the small XLSX fixtures of the plan spreadsheet tests with two real
spreadsheet libraries, so the reader sees both ways a workbook stores text:
- openpyxl 3.1 (plan-openpyxl.xlsx, plan-errors-openpyxl.xlsx) writes every string
  inline in its cell (t="inlineStr"), a rich-text cell as runs;
- XlsxWriter (plan-xlsxwriter.xlsx), like Excel, writes strings once in
  xl/sharedStrings.xml and cells point to them (t="s"), rich text as runs there too.

Run from this folder:  pip install openpyxl xlsxwriter && python3 make_fixtures.py
Every name below is invented for these tests.
"""
import datetime

import xlsxwriter
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HEADER = ["Axe", "Objectif", "Code action", "Titre de l'action", "Code sous-action",
          "Titre de la sous-action", "Années", "Responsables", "Partenaires", "Personnel", "Financeurs"]


def plan():
    """A two-axe plan of the invented Communauté de communes du Val de Brume."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Plan d'actions"
    sheet.append(HEADER)
    axe1 = "Axe 1 — Grandir au Val de Brume"
    obj11 = "Objectif 1-1 : Accueillir les tout-petits"
    sheet.append([axe1, obj11, "1-1-1", "Ouvrir une micro-crèche à Fontbrune", "1-1-1-A",
                  "Étudier le besoin", 2024, "CC du Val de Brume", "Association Les Lutins", "Chargée de mission",
                  "CAF, Commune de Fontbrune"])
    rich = CellRichText(["Construire ", TextBlock(InlineFont(b=True), "le bâtiment")])
    sheet.append([axe1, obj11, "1-1-1", "Ouvrir une micro-crèche à Fontbrune", "1-1-1-B",
                  rich, "2025, 2026", "CC du Val de Brume", "Association Les Lutins", None, "CAF"])
    sheet.append([axe1, "Objectif 1-2 : Soutenir les parents", "1-2-1", "Créer un café des parents"])
    sheet.append(["Axe 2 — Vivre ensemble", "Objectif 2-1 : Animer les villages", "2-1-1",
                  "Fête intergénérationnelle", "2-1-1-A", "Organiser la première édition", 2025,
                  "Centre social des Trois Rivières", None, "  Deux animateurs  ", None])
    book.save("plan-openpyxl.xlsx")


def errors():
    """The same columns with mistakes a person makes, each on its own line."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    axe = "Axe 1 — Grandir"
    obj = "Objectif 1-1 : Accueillir"
    sheet.append([axe, obj, "1-1-1", "Fiche correcte", "1-1-1-A", "Première", 2024])
    # Line 3: a spreadsheet turned the typed code into a date.
    sheet.append([axe, obj, datetime.datetime(2003, 2, 1), "Fiche datée"])
    # Line 4: a sous-action code with a letter where its number goes.
    sheet.append([axe, obj, "1-1-1", "Fiche correcte", "1-2-x", "Mauvais code"])
    # Line 5: a sous-action without its fiche.
    sheet.append([axe, obj, None, None, "1-1-2-A", "Orpheline"])
    # Line 6: the same sous-action twice.
    sheet.append([axe, obj, "1-1-1", "Fiche correcte", "1-1-1-A", "Première encore"])
    # Line 7: a year that is not one.
    sheet.append([axe, obj, "1-1-1", "Fiche correcte", "1-1-1-C", "Troisième", "vingt-cinq"])
    book.save("plan-errors-openpyxl.xlsx")


def plan_shared_strings():
    """The plan of `plan()`, saved by XlsxWriter: shared strings and a rich string."""
    book = xlsxwriter.Workbook("plan-xlsxwriter.xlsx")
    sheet = book.add_worksheet("Plan d'actions")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, HEADER)
    axe1 = "Axe 1 — Grandir au Val de Brume"
    obj11 = "Objectif 1-1 : Accueillir les tout-petits"
    sheet.write_row(1, 0, [axe1, obj11, "1-1-1", "Ouvrir une micro-crèche à Fontbrune", "1-1-1-A",
                           "Étudier le besoin", 2024, "CC du Val de Brume", "Association Les Lutins",
                           "Chargée de mission", "CAF, Commune de Fontbrune"])
    sheet.write_row(2, 0, [axe1, obj11, "1-1-1", "Ouvrir une micro-crèche à Fontbrune", "1-1-1-B"])
    sheet.write_rich_string(2, 5, "Construire ", bold, "le bâtiment")
    sheet.write_row(2, 6, ["2025, 2026", "CC du Val de Brume", "Association Les Lutins", None, "CAF"])
    sheet.write_row(3, 0, [axe1, "Objectif 1-2 : Soutenir les parents", "1-2-1", "Créer un café des parents"])
    sheet.write_row(4, 0, ["Axe 2 — Vivre ensemble", "Objectif 2-1 : Animer les villages", "2-1-1",
                           "Fête intergénérationnelle", "2-1-1-A", "Organiser la première édition", 2025,
                           "Centre social des Trois Rivières", None, "  Deux animateurs  ", None])
    book.close()


if __name__ == "__main__":
    plan()
    errors()
    plan_shared_strings()
