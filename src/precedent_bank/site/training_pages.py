"""The Training section's pages: an overview with the trainee's progress, one page per kind of
drill, and the answer key. Each is a container that docs/javascripts/drills.js fills from the
data files training.py writes; the pages themselves hold no bank data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from precedent_bank.site.library import CLAUSES_DIR
from precedent_bank.site.pages import Linker, Page, precedent_uri
from precedent_bank.site.placeholders import fill
from precedent_bank.site.reading_path import ReadingPath
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


class ReadingPathPage(Page):
    """The reading path from training/path.yml: each step's reading, what to notice (the
    trainer's Markdown, rendered and sanitized as a note is) and the drill that checks it."""

    def __init__(self, site: Site) -> None:
        super().__init__(site, f"{TRAINING_DIR}/path.md")

    @property
    def course(self) -> ReadingPath | None:
        return self.site.reading_path

    def source(self) -> str:
        link = self.link()
        steps = [
            {
                "title": step.title,
                "read": [(self._title(target), link(target)) for target in step.read],
                "drill": step.drill,
            }
            for step in (self.course.steps if self.course else [])
        ]
        return render(
            "training_path.md.j2", steps=steps, intro=bool(self.course and self.course.intro)
        )

    def _title(self, target: str) -> str:
        """How a step names a page: the letter's or the explanation's title, else its path."""
        page = target.partition("#")[0]
        slug = page.removeprefix(f"{CLAUSES_DIR}/").removesuffix(".md")
        if page == f"{CLAUSES_DIR}/{slug}.md" and slug in self.site.clause_pages:
            return self.site.clause_pages[slug].title
        for record in self.site.bank.records:
            if precedent_uri(record.id) == page:
                return record.precedent.title
        return target

    def content(self, html: str, url: Linker) -> tuple[str, set[str]]:
        if not self.course:
            return html, set()
        steps = self.course.steps
        fillers = {
            "pathintro": lambda _: self._markdown(self.course.intro if self.course else "", url),
            "notice": lambda i: self._markdown(steps[int(i or 0)].notice, url),
            "drill": lambda i: self._drill(steps[int(i or 0)].drill or "", url),
        }
        return fill(html, fillers), set()

    def _markdown(self, text: str | None, url: Linker) -> str:
        return str(self.site.record_html(text or "", self.src_uri, url))

    def _drill(self, drill: str, url: Linker) -> str:
        kind, number = drill.split()
        name = TRAINING_PAGES[kind][0]
        href = f"{url(f'{TRAINING_DIR}/{kind}.md')}?n={number}"
        return str(
            Markup(
                '<p class="pb-path-drill"><strong>Check it:</strong> <a href="{}">{}</a></p>'
            ).format(href, f"{name}, drill {number}")
        )


def training_pages(site: Site) -> list[Page]:
    return [*(TrainingPage(site, kind) for kind in TRAINING_PAGES), ReadingPathPage(site)]
