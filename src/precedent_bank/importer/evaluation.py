"""Measuring the importer on letters with gold labels (bench/recognition.py runs this).

A corpus folder holds NNN.txt letters, NNN.gold.yaml with their clauses and types (joined,
the clauses equal the letter) and index.yaml with each letter's firm and date. Every letter is
imported; its predicted and gold types are compared character by character (the texts are
identical, since the import is lossless), and its firm and date against the index.

EDGAR header lines and `<PAGE>` markers are page furniture (issue 8). The gold labels were
written before that rule and call them `other` (the index line above an exhibit) or put them in
the `heading` (a `<PAGE>` marker above the letterhead), so a gold `other` or `heading` character
inside one of those lines (edgar_lines.spans: the general pattern the importer uses, not a list
per letter) counts as `page-furniture`. `Scores.plain` keeps the figures without that mapping.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from precedent_bank.importer import edgar_lines
from precedent_bank.importer.firms import unaccented
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.recogniser import Letters, Recogniser, training_letters
from precedent_bank.importer.record import Clause, draft_record
from precedent_bank.importer.sources import read_letters
from precedent_bank.records.bank import Bank

MIN_OCCURRENCES = 5
"""Macro-F1 is taken over the types that occur at least this many times in the gold labels."""
WRONG_SHARE = 0.2
"""A clause counts as wrongly typed when this share of its characters belongs to other types."""
_PROFESSIONAL_FORM = re.compile(
    r"\ba\s+(?:[a-z]+\s+)?professional\s+(?:law\s+)?(?:limited\s+liability\s+)?(?:corporation|company|association)\b"
    r"|\battorneys?[\s-]+at[\s-]+law\b"
)
"""A legal form written out under a firm's name ("A Professional Law Corporation"): the same as
"P.C." or "PLLC", which are noise too; and a lawyer's "Attorney at Law" after their name."""
_FIRM_NOISE = re.compile(
    r"\b(?:llp|l\s?l\s?p|lp|pc|p\s?c|pa|p\s?a|llc|professional|corporation|limited|ltd|"
    r"chartered|the|esq|esquire|s\s?a\s?r\s?l|cvba|scrl|sprl|bvba|gmbh|j\s?d|ll\s?m|cpa)\b"
)
"""Legal forms and a lawyer's degrees ("J.D., LL.M."): as firms.py's firm_key drops them."""


@dataclass(frozen=True)
class GoldLetter:
    name: str
    path: Path
    clauses: list[tuple[str, str]]
    """(type, text) in order."""
    firm: str | None
    date: str | None
    issuer: str | None = None
    form: str | None = None
    text: str | None = None
    """The letter itself, for a letter that is no file (a bundled sample); else read from path."""

    @property
    def firm_key(self) -> str:
        return firm_key(self.firm, self.name)


@dataclass
class Scores:
    """Character accuracy and per-type counts over a set of letters."""

    chars: int = 0
    right: int = 0
    true_pos: Counter[str] = field(default_factory=Counter)
    false_pos: Counter[str] = field(default_factory=Counter)
    false_neg: Counter[str] = field(default_factory=Counter)
    occurrences: Counter[str] = field(default_factory=Counter)
    firm: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    issuer: list[bool] = field(default_factory=list)
    form: list[bool] = field(default_factory=list)
    lossless: bool = True
    clauses: list[tuple[float, bool, bool]] = field(default_factory=list)
    """Each predicted clause: (confidence, flagged for review, wrongly typed)."""
    forced: list[bool] = field(default_factory=list)
    """Each predicted clause: flagged whatever its confidence (e.g. strong cues for two types)."""
    facts: list[tuple[str, bool, bool]] = field(default_factory=list)
    """Each fact scored: (name, right, listed as doubtful or as not found)."""
    plain: Scores | None = None
    """The same letters scored against the gold labels as written (EDGAR lines not mapped)."""

    def __repr__(self) -> str:  # aggregates only: a failing test must not print per-type counts
        return f"Scores(accuracy={self.accuracy:.4f}, macro_f1={self.macro_f1:.4f})"

    @property
    def accuracy(self) -> float:
        return self.right / self.chars if self.chars else 0.0

    def f1(self, ctype: str) -> tuple[float, float, float]:
        tp, fp, fn = self.true_pos[ctype], self.false_pos[ctype], self.false_neg[ctype]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def frequent(self) -> list[str]:
        return [t for t, n in self.occurrences.most_common() if n >= MIN_OCCURRENCES]

    @property
    def macro_f1(self) -> float:
        types = self.frequent
        return sum(self.f1(t)[2] for t in types) / len(types) if types else 0.0

    @property
    def firm_accuracy(self) -> float:
        return sum(self.firm) / len(self.firm) if self.firm else 0.0

    @property
    def date_accuracy(self) -> float:
        return sum(self.date) / len(self.date) if self.date else 0.0

    @property
    def flagged_share(self) -> float:
        """Flagged clauses as a share of all clauses."""
        return sum(f for _, f, _ in self.clauses) / len(self.clauses) if self.clauses else 0.0

    @property
    def wrong_flagged(self) -> float:
        """Wrongly typed clauses that are flagged, as a share of all wrongly typed ones."""
        wrong = [f for _, f, w in self.clauses if w]
        return sum(wrong) / len(wrong) if wrong else 1.0

    def flag_curve(self, thresholds: Iterable[float]) -> list[tuple[float, float, float, float]]:
        """(threshold, share flagged, recall of wrong clauses, precision) if clauses below each
        threshold of confidence were flagged (besides those flagged for other reasons)."""
        curve = []
        n_wrong = sum(w for _, _, w in self.clauses) or 1
        for threshold in thresholds:
            flagged = [
                w
                for (c, _, w), forced in zip(self.clauses, self.forced, strict=True)
                if forced or c < threshold
            ]
            caught = sum(flagged)
            share = len(flagged) / (len(self.clauses) or 1)
            curve.append((threshold, share, caught / n_wrong, caught / (len(flagged) or 1)))
        return curve

    @property
    def issuer_accuracy(self) -> float:
        return sum(self.issuer) / len(self.issuer) if self.issuer else 0.0

    @property
    def form_accuracy(self) -> float:
        return sum(self.form) / len(self.form) if self.form else 0.0


def load_corpus(folder: Path) -> list[GoldLetter]:
    """The labelled letters of a corpus folder, in name order."""
    index_path = folder / "index.yaml"
    index = yaml.safe_load(index_path.read_text("utf-8"))["letters"] if index_path.exists() else []
    facts = {entry["file"]: entry for entry in index}
    letters = []
    for gold in sorted(folder.glob("*.gold.yaml")):
        name = gold.name.removesuffix(".gold.yaml")
        data = yaml.safe_load(gold.read_text("utf-8"))
        entry = facts.get(f"{name}.txt", {})
        letters.append(
            GoldLetter(
                name,
                folder / f"{name}.txt",
                [(c["type"], c["text"]) for c in data["clauses"]],
                entry.get("firm"),
                str(entry["date"]) if entry.get("date") else None,
                entry.get("issuer"),
                entry.get("form"),
            )
        )
    return letters


def as_training(letters: Iterable[GoldLetter]) -> Letters:
    return [(g.name, [(t, str(i), text) for i, (t, text) in enumerate(g.clauses)]) for g in letters]


FURNITURE_FROM = frozenset({"other", "heading"})
"""Gold types that an EDGAR header line or page marker was labelled with before issue 8."""


def as_furniture(truth: list[str], text: str) -> list[str]:
    """Character types with gold `other`/`heading` inside EDGAR lines read as `page-furniture`."""
    mapped = list(truth)
    for start, end in edgar_lines.spans(text):
        for i in range(start, min(end, len(mapped))):
            if mapped[i] in FURNITURE_FROM:
                mapped[i] = "page-furniture"
    return mapped


def evaluate(letters: list[GoldLetter], recogniser_for: dict[str, Recogniser]) -> Scores:
    """Import each letter with its recogniser and score it against its gold labels, with EDGAR
    lines counted as page furniture (and, in `.plain`, against the labels as written)."""
    as_written = Scores()
    scores = Scores(plain=as_written)
    for gold in letters:
        letter = (
            read_letters(gold.path)[0]
            if gold.text is None
            else Letter(gold.path, None, gold.text, "text", "utf-8")
        )
        draft = draft_record(letter, recogniser_for[gold.name])
        plain = [t for t, text in gold.clauses for _ in text]
        guess = [c.type for c in draft.clauses for _ in c.text]
        if letter.text != "".join(text for _, text in gold.clauses) or len(plain) != len(guess):
            scores.lossless = as_written.lossless = False
            continue
        mapped = as_furniture(plain, letter.text)
        for target, truth in ((scores, mapped), (as_written, plain)):
            _count_clauses(target, gold, truth)
            _score_characters(target, truth, guess)
            _score_clauses(target, draft.clauses, truth)
            _score_facts(target, gold, letter.text, draft.data)
    return scores


def _count_clauses(scores: Scores, gold: GoldLetter, truth: list[str]) -> None:
    """Each gold clause counts once, as the type most of its characters have (after mapping)."""
    pos = 0
    for _, text in gold.clauses:
        span = Counter(truth[pos : pos + len(text)])
        pos += len(text)
        if span:
            scores.occurrences[span.most_common(1)[0][0]] += 1


def _score_characters(scores: Scores, truth: list[str], guess: list[str]) -> None:
    for t, g in zip(truth, guess, strict=True):
        scores.chars += 1
        if t == g:
            scores.right += 1
            scores.true_pos[t] += 1
        else:
            scores.false_pos[g] += 1
            scores.false_neg[t] += 1


def _score_clauses(scores: Scores, clauses: Sequence[Clause], truth: list[str]) -> None:
    """A clause is wrongly typed when a fifth or more of its visible characters are of another
    type: a reviewer has to change it (retype it, or cut it in two)."""
    pos = 0
    for clause in clauses:
        span = truth[pos : pos + len(clause.text)]
        gold = [t for t, ch in zip(span, clause.text, strict=True) if ch.strip()]
        pos += len(clause.text)
        if not gold:
            continue
        wrong = sum(t != clause.type for t in gold) >= WRONG_SHARE * len(gold)
        scores.clauses.append((clause.confidence, clause.review, wrong))
        scores.forced.append(bool(clause.doubt))


def _score_facts(scores: Scores, gold: GoldLetter, text: str, data: dict[str, object]) -> None:
    """Firm, date, issuer and registration form, for the letters that state them; and for each
    whether the importer put it before a reviewer (listed as doubtful or not found)."""
    counts = {name: len(getattr(scores, name)) for name in ("firm", "date", "issuer", "form")}
    _score_fact_values(scores, gold, text, data)
    imported = data.get("imported")
    listed = imported.get("doubtful", []) if isinstance(imported, dict) else []
    missing = imported.get("missing", []) if isinstance(imported, dict) else []
    doubted = {str(d).split(":", 1)[0] for d in listed} | {str(m) for m in missing}
    for name, before in counts.items():
        for right in getattr(scores, name)[before:]:
            key = "registration_form" if name == "form" else name
            scores.facts.append((name, right, key in doubted))


def _score_fact_values(
    scores: Scores, gold: GoldLetter, text: str, data: dict[str, object]
) -> None:
    if gold.firm and _states_firm(gold.firm, text):
        found = data.get("firm")
        scores.firm.append(isinstance(found, str) and same_firm(found, gold.firm))
    if gold.date and re.fullmatch(r"\d{4}-\d\d-\d\d", gold.date):  # the letter shows its date
        found_date = data.get("date")
        scores.date.append(found_date is not None and str(found_date) == gold.date)
    if gold.issuer and _states_issuer(gold.issuer, text):
        issuer = data.get("issuer")
        name = issuer.get("name") if isinstance(issuer, dict) else None
        scores.issuer.append(isinstance(name, str) and same_issuer(name, gold.issuer))
    form = _form(gold.form)
    if form and re.search(rf"(?i)\bform\s+{re.escape(form)}\b", text):
        filing = data.get("filing")
        found_forms = (
            {str(v).upper() for k, v in filing.items() if k in ("form", "registration_form")}
            if isinstance(filing, dict)
            else set()
        )
        scores.form.append(form.upper() in found_forms)


def _form(form: str | None) -> str | None:
    """The registration form the index names ("S-8", "S-3ASR"), if it names one plainly."""
    match = re.match(r"\s*([SF]-\d{1,2}(?:ASR|MEF)?|SB-\d|8-K|10-K)\b", form or "")
    return match.group(1) if match else None


def normalise_issuer(name: str) -> str:
    """An issuer's name without case, punctuation or corporate-form words."""
    name = re.sub(r"[^a-z0-9& ]", " ", name.lower().replace("&", " and "))
    noise = r"\b(?:the|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|l p)\b"
    return " ".join(re.sub(noise, " ", name).split())


def same_issuer(found: str, expected: str) -> bool:
    return normalise_issuer(found) == normalise_issuer(expected)


def _states_issuer(issuer: str, text: str) -> bool:
    """Whether the letter names the issuer as the index spells it (less its corporate form)."""
    words = normalise_issuer(issuer)
    return bool(words) and words in normalise_issuer(text)


def normalise_firm(name: str) -> str:
    """A firm's name without case, accents, punctuation, legal-form words or remarks in brackets."""
    name = re.sub(r"\(.*?\)", " ", unaccented(name).lower())
    name = _PROFESSIONAL_FORM.sub(" ", name)
    name = re.sub(r"[^a-z0-9& ]", " ", name)
    return " ".join(_FIRM_NOISE.sub(" ", name.replace("&", " ")).split())


def same_firm(found: str, expected: str) -> bool:
    return normalise_firm(found) == normalise_firm(expected)


def _states_firm(firm: str, text: str) -> bool:
    """Whether the letter names the firm (an e-mail address or web domain does not count)."""
    words = normalise_firm(firm).split()
    flat = normalise_firm(re.sub(r"\S*(?:@|\.com\b|www\.)\S*", " ", text))
    return bool(words) and " ".join(words) in flat


def firm_key(firm: str | None, fallback: str) -> str:
    """Letters of one firm share this: the first word of its name."""
    words = normalise_firm(firm or "").split()
    return words[0] if words else fallback


def bank_training(bank: Bank) -> list[tuple[str, Letters]]:
    """The bank's records as training letters, each with its firm's key."""
    return [(firm_key(r.precedent.firm, r.id), training_letters([r])) for r in bank.records]


def as_shipped(letters: list[GoldLetter], bank: Bank) -> dict[str, Recogniser]:
    """The recogniser a firm gets on day one: the bundled bank and the rules.

    A letter that is itself in the bank (the seed) is measured without its own record.
    """
    training = bank_training(bank)
    texts = {record.id: record.precedent.text for record in bank.records}
    full = Recogniser([t for _, group in training for t in group])
    recognisers = {}
    for gold in letters:
        text = "".join(t for _, t in gold.clauses)
        own = [rid for rid, rtext in texts.items() if rtext == text]
        recognisers[gold.name] = (
            full
            if not own
            else Recogniser([t for _, group in training for t in group if t[0] not in own])
        )
    return recognisers


def sample_letters(bank: Bank) -> list[GoldLetter]:
    """The bank's fictional records as labelled letters (the seed, a filed letter, left out)."""
    return [
        GoldLetter(
            r.id,
            Path(f"{r.id}.txt"),
            [(c.type, c.text) for c in r.precedent.clauses],
            r.precedent.firm,
            r.precedent.date.isoformat() if r.precedent.date else None,
            r.precedent.issuer.name if r.precedent.issuer else None,
            r.precedent.filing.registration_form if r.precedent.filing else None,
            text=r.precedent.text,
        )
        for r in bank.records
        if "fictional" in (r.precedent.source or "")
    ]


def leave_one_sample_out(
    samples: list[GoldLetter], rest: list[GoldLetter], bank: Bank
) -> dict[str, Recogniser]:
    """For each sample, a recogniser trained on the rest and every other record of the bank:
    a second view of unseen letters, in styles the rest lacks."""
    training = [(r.id, training_letters([r])) for r in bank.records]
    base = as_training(rest)
    return {
        g.name: Recogniser(base + [t for rid, group in training if rid != g.name for t in group])
        for g in samples
    }


def load_split(path: Path) -> set[str]:
    """The letter names (e.g. "013") a split file sets aside (bench/corpus-split.yaml)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    return {Path(f).stem for group in data["set_aside"] for f in group["files"]}


def learned_from_rest(
    letters: list[GoldLetter], set_aside: set[str], bank: Bank
) -> dict[str, Recogniser]:
    """Recognisers that never learn from a set-aside letter.

    A set-aside letter is judged by a recogniser trained on all the other letters (the rest)
    and the bank; a letter of the rest, leave-one-firm-out within the rest.
    """
    rest = [g for g in letters if g.name not in set_aside]
    recognisers = leave_one_firm_out(rest, bank)
    training = [t for _, group in bank_training(bank) for t in group]
    blind = Recogniser(as_training(rest) + training)
    recognisers.update({g.name: blind for g in letters if g.name in set_aside})
    return recognisers


def leave_one_firm_out(letters: list[GoldLetter], bank: Bank) -> dict[str, Recogniser]:
    """For each letter, a recogniser trained on the other firms' letters and bank records."""
    training = bank_training(bank)
    recognisers: dict[str, Recogniser] = {}
    by_firm: dict[str, list[GoldLetter]] = {}
    for letter in letters:
        by_firm.setdefault(letter.firm_key, []).append(letter)
    for firm, own in by_firm.items():
        others = as_training(g for g in letters if g.firm_key != firm)
        bundled = [t for key, group in training if key != firm for t in group]
        recogniser = Recogniser(others + bundled)
        for letter in own:
            recognisers[letter.name] = recogniser
    return recognisers
