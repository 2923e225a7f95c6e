"""What the browse pages derive from records: groups, their anchors, and related precedents."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

import pytest

from precedent_bank.records.bank import Bank
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.site.browse import RELATED_LIMIT, Browse, _rank, readable_slug


def record(rid: str, **fields: Any) -> LoadedRecord:
    data: dict[str, Any] = {
        "title": rid,
        "document": "legality-opinion",
        "date": dt.date(2010, 1, 1),
        "firm": "Alder LLP",
        "securities": [{"type": "debt"}],
        "clauses": [{"type": "opinion-debt", "text": "The Notes are valid.\n"}],
    }
    data.update(fields)
    precedent = Precedent.model_validate(data)
    return LoadedRecord(rid, Path(f"{rid}.yml"), f"{rid}.yml", precedent)


def test_related_ranks_document_kind_then_security_then_firm_then_date() -> None:
    me = record("me")
    bank = Bank(
        [
            me,
            # nearest in date, same firm and security, but a tax opinion: after every legality one
            record("tax-same-all", document="tax-opinion", date=dt.date(2010, 1, 2)),
            record("legal-other-all", firm="Birch LLP", securities=[{"type": "equity"}]),
            record("legal-firm", securities=[{"type": "equity"}], date=dt.date(2001, 1, 1)),
            record("legal-security", firm="Birch LLP", date=dt.date(2000, 1, 1)),
            record("legal-all-far", date=dt.date(1990, 1, 1)),
            record("legal-all-near", date=dt.date(2011, 1, 1)),
        ]
    )
    related = [r.id for r in Browse(bank).related(me)]
    assert related == [
        "legal-all-near",
        "legal-all-far",
        "legal-security",
        "legal-firm",
        "legal-other-all",
    ]
    assert len(related) == RELATED_LIMIT


def test_related_shares_something_with_the_letter() -> None:
    me = record("me")
    stranger = record("x", document="tax-opinion", firm="Birch LLP", securities=[])
    assert Browse(Bank([me, stranger])).related(me) == []


@pytest.mark.parametrize("seed", range(5))
def test_related_looks_at_a_few_records_yet_finds_the_best(seed: int) -> None:
    # The windows per group must give exactly what ranking the whole bank gives.
    rng = random.Random(seed)
    records = [
        record(
            f"r{i:03}",
            document=rng.choice(["legality-opinion", "tax-opinion", "local-counsel-opinion"]),
            firm=rng.choice(["Alder LLP", "Birch LLP", "Cedar LLP", None]),
            securities=[{"type": t} for t in rng.sample(["debt", "equity", "guarantee"], 2)][
                : rng.randint(0, 2)
            ],
            date=dt.date(1990, 1, 1) + dt.timedelta(days=rng.randint(0, 12_000)),
        )
        for i in range(150)
    ]
    browse = Browse(Bank(list(records)))
    for me in records[:40]:
        everyone = [r for r in records if r.id != me.id]
        ranked = sorted(everyone, key=lambda r: _rank(me, r))
        shares = [r for r in ranked if _rank(me, r)[:3] != (True, True, True)]
        assert [r.id for r in browse.related(me)] == [r.id for r in shares[:RELATED_LIMIT]]


def test_group_anchors_are_unique_readable_and_stable() -> None:
    names = ["A&B LLP", "A B LLP", "Žal & Søn", "北京律师事务所", "Ωmega LLP", "A-B LLP"]
    bank = Bank([record(f"r{i}", firm=name) for i, name in enumerate(names)])
    anchors = Browse(bank).anchors("firms")
    assert len(set(anchors.values())) == len(names)
    assert anchors["A B LLP"] == "firm-a-b-llp"  # first by name keeps the plain anchor
    assert anchors["A&B LLP"] == "firm-a-b-llp-2"
    assert anchors["A-B LLP"] == "firm-a-b-llp-3"
    assert anchors["Žal & Søn"] == "firm-zal-son"
    assert anchors["Ωmega LLP"] == "firm-omega-llp"
    assert "none" not in anchors["北京律师事务所"]
    again = Bank([record(f"s{i}", firm=name) for i, name in enumerate(reversed(names))])
    assert Browse(again).anchors("firms") == anchors  # not the order records come in


def test_readable_slug_transliterates() -> None:
    assert readable_slug("Cèdar & Ñame LLP") == "cedar-name-llp"
    assert readable_slug("Москва LLP") == "moskva-llp"


@pytest.mark.parametrize(
    ("filing", "group"),
    [
        ({"form": "8-K", "registration_form": "S-3"}, "S-3"),
        ({"form": "S-1"}, "S-1"),
        ({"form": "F-3ASR"}, "F-3ASR"),
        ({"form": "S-8"}, "S-8"),
        ({"form": "424B2"}, "Not stated"),
        ({"form": "8-K"}, "Not stated"),
        (None, "Not stated"),
    ],
)
def test_by_form_groups_by_registration_form(filing: dict[str, str] | None, group: str) -> None:
    browse = Browse(Bank([record("r", filing=filing)]))
    assert list(browse.groups("forms")) == [group]


def test_by_document_follows_the_taxonomy_order() -> None:
    kinds = ["other", "tax-opinion", "local-counsel-opinion", "legality-opinion"]
    bank = Bank([record(k, document=k) for k in kinds])
    assert list(Browse(bank).groups("documents")) == [
        "legality-opinion",
        "tax-opinion",
        "local-counsel-opinion",
        "other",
    ]


def test_every_link_to_a_group_uses_the_anchor_of_its_heading() -> None:
    from precedent_bank.site.builder import Site
    from precedent_bank.site.library import load_clause_pages
    from precedent_bank.site.pages import BrowseViewPage
    from tests.conftest import ROOT

    names = ["A&B LLP", "A B LLP", "Žal & Søn"]
    bank = Bank([record(f"r{i}", firm=name, tags=[f"tag-{i}"]) for i, name in enumerate(names)])
    clause_pages, _ = load_clause_pages(ROOT / "docs")
    site = Site(bank, clause_pages)
    site.urls = {p.src_uri: p.src_uri.removesuffix(".md") + "/" for p in site.pages()}
    site.urls["index.md"] = ""
    for view in ("firms", "tags"):
        page = site.page(f"browse/{view}.md")
        assert isinstance(page, BrowseViewPage)
        headings = re.findall(r"^## (.+) \{#([a-z0-9-]+)\}$", page.source(), re.M)
        assert len({anchor for _, anchor in headings}) == len(headings) == len(names)
        for r in bank.records:
            links = site.fact_links(r.precedent, site.linker(f"precedents/{r.id}/"))
            href = links["firm"] if view == "firms" else links["tags"][r.precedent.tags[0]]  # type: ignore[index]
            assert isinstance(href, str)
            assert href.partition("#")[2] in {a for _, a in headings}
            key = r.precedent.firm if view == "firms" else r.precedent.tags[0]
            assert href.partition("#")[2] == site.browse.anchors(view)[key]
