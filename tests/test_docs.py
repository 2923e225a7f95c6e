"""The guides say what the code does: every record field is documented, with its choices."""

from __future__ import annotations

import re

from pydantic import BaseModel

from precedent_bank.records.models import Clause, Filing, Imported, Issuer, Precedent, Security
from precedent_bank.taxonomy import load_taxonomy
from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "guide" / "record-format.md"


def table_rows(heading: str) -> dict[str, str]:
    """The rows of the first table under `## heading` (or ###), by the field in their first cell."""
    text = GUIDE.read_text("utf-8")
    section = re.split(rf"^#+ {re.escape(heading)}\n", text, flags=re.MULTILINE)[1]
    rows = re.findall(r"^\| `([a-z_]+)` \|(.*)\|$", section.split("\n\n#")[0], re.MULTILINE)
    return dict(rows)


def test_every_record_field_is_in_the_guide_and_no_other() -> None:
    assert set(table_rows("Fields")) == set(Precedent.model_fields)


def test_every_clause_field_is_in_the_guide_and_no_other() -> None:
    assert set(table_rows("Clauses")) == set(Clause.model_fields)


def test_nested_fields_are_named_in_their_row() -> None:
    rows = table_rows("Fields")
    nested: dict[str, type[BaseModel]] = {
        "issuer": Issuer,
        "securities": Security,
        "filing": Filing,
        "imported": Imported,
    }
    for field, model in nested.items():
        for name in model.model_fields:
            assert f"`{name}`" in rows[field], f"{field}.{name} is not in the guide"


def test_choices_in_the_guide_are_the_taxonomys() -> None:
    rows = table_rows("Fields")
    taxonomy = load_taxonomy()
    assert set(re.findall(r"`([a-z-]+)`", rows["document"])) == set(taxonomy.documents)
    securities = set(re.findall(r"`([a-z-]+)`", rows["securities"])) - set(Security.model_fields)
    assert securities == set(taxonomy.securities)
