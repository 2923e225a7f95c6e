"""The Training section's pages: an overview with the trainee's progress, one page per kind of
drill, and the answer key. Each is a container that docs/javascripts/drills.js fills from the
data files training.py writes; the pages themselves hold no bank data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from precedent_bank.site.pages import Page
from precedent_bank.site.render import render
from precedent_bank.site.training import TRAINING_DIR

if TYPE_CHECKING:
    from precedent_bank.site.builder import Site

TRAINING_PAGES = {
    "index": (
        "Training",
        "Drills made from the bank's confirmed letters, each with feedback and a link to the "
        "explanation behind it. Every drill has a number: the same number always gives the same "
        'drill, so a trainer can assign "Label the clauses, drill 12". Your progress is kept in '
        "this browser only. See the [training guide](../guide/training.md).",
    ),
    "label": (
        "Label the clauses",
        "A letter without its labels or notes. Give each clause its type, then check: each "
        "clause is marked right or wrong, with the right type and a link to its explanation.",
    ),
    "missing": (
        "What is missing",
        "One clause has been taken out of this letter. Which type of clause is missing? Check to "
        "see the clause, and why it matters.",
    ),
    "kind": (
        "Which kind of letter",
        "Is this a shelf opinion (forward-looking), a takedown opinion or a closing opinion? "
        "Judge from the text, then say whether the assumption or limitation shown would be "
        "acceptable in it.",
    ),
    "defect": (
        "Spot the defect",
        "One defect has been put into this letter, breaking a rule a filed opinion must follow. "
        "Point at the clause that holds it, then check: the feedback cites the rule, its source "
        "and the reason.",
    ),
    "answers": (
        "Answer key",
        "For trainers: the answers to the drills, by kind and number. The drills are made from "
        "the bank as it is now; adding or confirming letters may change which letter a number "
        "draws.",
    ),
}


class TrainingPage(Page):
    """One page of the Training section; `kind` names what drills.js puts in it."""

    def __init__(self, site: Site, kind: str) -> None:
        super().__init__(site, f"{TRAINING_DIR}/{kind}.md")
        self.kind = kind

    def source(self) -> str:
        title, intro = TRAINING_PAGES[self.kind]
        return render("training.md.j2", title=title, intro=intro, kind=self.kind)


def training_pages(site: Site) -> list[Page]:
    return [TrainingPage(site, kind) for kind in TRAINING_PAGES]
