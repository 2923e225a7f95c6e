"""The review queue page: the drafts, each with its open questions, those most in need first."""

from __future__ import annotations

from precedent_bank.records.review import review_queue
from precedent_bank.site.pages import SEARCH_PAGE, Linker, Page, precedent_uri
from precedent_bank.site.placeholders import fill, placeholder
from precedent_bank.site.render import render
from precedent_bank.site.search_data import DRAFTS_SEARCH

REVIEW_URI = "browse/review.md"


class ReviewQueuePage(Page):
    """Drafts awaiting review (records/review.py orders them and words their questions)."""

    def source(self) -> str:
        link = self.link()
        drafts = [
            (
                record.precedent.title,
                link(precedent_uri(record.id)),
                [(q.text, q.anchor) for q in questions],
            )
            for record, questions in review_queue(self.site.bank.records)
        ]
        return render("review_queue.md.j2", drafts=drafts, search=placeholder("search"))

    def finish(self, output: str, url: Linker) -> str:
        """Link the drafts to the search page, filtered to them."""
        link = render("search_link.html.j2", href=f"{url(SEARCH_PAGE)}{DRAFTS_SEARCH}")
        return fill(output, {"search": lambda _: link})
