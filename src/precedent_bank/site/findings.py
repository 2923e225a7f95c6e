"""Findings on the site: the rule checks' findings as a letter's page and the Findings page show
them - each linked to its rule, the rule's sources and the clause page that explains it.

Every text here is ours (the rule register's) or record text escaped for Markdown: a quoted
phrase of the letter in a message is never read as Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from precedent_bank.checks import Finding, Rule, load_register, rules
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.models import Precedent
from precedent_bank.site.render import md_escape, render
from precedent_bank.taxonomy import load_taxonomy

FINDINGS_PAGE = "findings.md"
FINDINGS_GUIDE = "guide/findings.md"
ADMONITION = {"error": "danger", "warning": "warning", "info": "info", "before": "note"}
"""The admonition each severity is shown as."""
SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Information"}


@dataclass(frozen=True)
class FindingView:
    """A finding as a letter's page shows it, above the letter."""

    kind: str
    """The admonition: danger, warning, info or note."""
    title: str
    text: Markup
    """Markdown: the message, the explanation and the links (escaped where it quotes)."""
    anchor: str
    """The clause it is at."""


def finding_views(
    p: Precedent, findings: list[Finding], link: Callable[[str], str]
) -> list[FindingView]:
    """The findings for one letter; `link` makes a Markdown link to a docs page."""
    anchors = clause_anchors(p.clauses)
    return [_view(f, anchors[f.clause], link) for f in findings]


def _view(f: Finding, anchor: str, link: Callable[[str], str]) -> FindingView:
    rule = f.rule
    title = f"Before {f.before.label}: {rule.title}" if f.before else rule.title
    parts = [md_escape(_sentence(f.message))]
    if f.before:
        parts.append(md_escape(f.before.before))
    parts.append(md_escape(rule.explanation))
    more = [
        f"[The clause](#{anchor})",
        f"[rule `{rule.id}`]({link(FINDINGS_PAGE)}#{rule.id})",
        f"[what the clause is for]({link(f'clauses/{rule.clause}.md')})",
        *(f"[{md_escape(s.cite)}]({escape(s.url)})" for s in rule.sources),
    ]
    text = Markup(" ").join(parts) + Markup("\n\n    ") + Markup(" · ").join(map(Markup, more))
    return FindingView(ADMONITION[f.severity], title, text, anchor)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def clause_marks(
    p: Precedent, findings: list[Finding], url: Callable[[str], str]
) -> dict[str, Markup]:
    """What each clause with findings shows beside it in the letter: the rules, linked to the
    Findings page (HTML; `url` gives a docs page's URL)."""
    anchors = clause_anchors(p.clauses)
    marks: dict[str, list[Markup]] = {}
    for f in findings:
        what = f"before {f.before.label}" if f.before else SEVERITY_LABEL[f.rule.severity]
        href = f"{url(FINDINGS_PAGE)}#{f.rule.id}"
        marks.setdefault(anchors[f.clause], []).append(
            Markup('<p class="pb-finding pb-finding-{}"><a href="{}">{}</a>: {}</p>').format(
                f.severity, href, what, _sentence(f.message)
            )
        )
    return {anchor: Markup("").join(items) for anchor, items in marks.items()}


@dataclass(frozen=True)
class RuleSection:
    """One rule on the Findings page: what it checks and the letters it found."""

    rule: Rule
    severity: str
    clause_name: str
    clause_href: str
    since: str | None
    """The rule's era, e.g. "SLB 19 (2011-10-14)", if it has one."""
    found: list[tuple[str, str, str]]
    """(letter title, link to its first clause with the finding, message) for each letter."""
    before: list[tuple[str, str, str]]
    """The same for letters that predate the rule."""
    before_label: str


def rule_sections(
    records: list[LoadedRecord],
    findings_of: Callable[[str], list[Finding]],
    where: Callable[[str, str], str],
    link: Callable[[str], str],
) -> list[RuleSection]:
    """Every rule of the register with the letters it found; `where(record_id, anchor)` links
    to a clause of a letter, `link` to a docs page."""
    found: dict[str, list[tuple[str, str, str]]] = {r.id: [] for r in rules()}
    before: dict[str, list[tuple[str, str, str]]] = {r.id: [] for r in rules()}
    for record in records:
        anchors = clause_anchors(record.precedent.clauses)
        listed: set[str] = set()
        for f in findings_of(record.id):
            if f.rule.id in listed:
                continue  # a letter is listed once per rule, at its first finding
            listed.add(f.rule.id)
            entry = (record.precedent.title, where(record.id, anchors[f.clause]), f.message)
            (before if f.before else found)[f.rule.id].append(entry)
    eras, types = load_register().eras, load_taxonomy().types
    return [
        RuleSection(
            rule,
            SEVERITY_LABEL[rule.severity],
            types[rule.clause].name,
            link(f"clauses/{rule.clause}.md"),
            f"{eras[rule.era].label} ({eras[rule.era].since.isoformat()})" if rule.era else None,
            found[rule.id],
            before[rule.id],
            eras[rule.era].label if rule.era else "",
        )
        for rule in rules()
    ]


def clause_rules(
    slug: str,
    records: list[LoadedRecord],
    findings_of: Callable[[str], list[Finding]],
    link: Callable[[str], str],
) -> str:
    """The "Rule checks" section of a clause type's page: the rules that belong to it, with
    how many letters each found; empty when no rule belongs to the type."""
    own = [r for r in rules() if r.clause == slug]
    if not own:
        return ""
    counts = {r.id: [0, 0] for r in own}
    for record in records:
        for rule_id, before in {(f.rule.id, bool(f.before)) for f in findings_of(record.id)}:
            if rule_id in counts:  # letters, not findings: a letter counts once per rule
                counts[rule_id][1 if before else 0] += 1
    return render(
        "clause_rules.md.j2",
        rules=[(r, *counts[r.id]) for r in own],
        guide=link(FINDINGS_GUIDE),
        findings=link(FINDINGS_PAGE),
    )
