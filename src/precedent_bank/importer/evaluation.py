"""Measuring the importer on letters with gold labels (bench/recognition.py runs this).

A corpus folder holds NNN.txt letters, NNN.gold.yaml with their clauses and types (joined,
the clauses equal the letter) and index.yaml with each letter's firm and date. Every letter is
imported; its predicted and gold types are compared character by character (the texts are
identical, since the import is lossless), and its firm and date against the index.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from precedent_bank.importer.recogniser import Letters, Recogniser, training_letters
from precedent_bank.importer.record import draft_record
from precedent_bank.importer.sources import read_letters
from precedent_bank.records.bank import Bank

MIN_OCCURRENCES = 5
"""Macro-F1 is taken over the types that occur at least this many times in the gold labels."""
_FIRM_NOISE = re.compile(
    r"\b(?:llp|l\s?l\s?p|lp|pc|p\s?c|pa|p\s?a|llc|professional|corporation|limited|ltd|"
    r"chartered|the)\b"
)


@dataclass(frozen=True)
class GoldLetter:
    name: str
    path: Path
    clauses: list[tuple[str, str]]
    """(type, text) in order."""
    firm: str | None
    date: str | None

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
    lossless: bool = True

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
            )
        )
    return letters


def as_training(letters: Iterable[GoldLetter]) -> Letters:
    return [(g.name, [(t, str(i), text) for i, (t, text) in enumerate(g.clauses)]) for g in letters]


def evaluate(letters: list[GoldLetter], recogniser_for: dict[str, Recogniser]) -> Scores:
    """Import each letter with its recogniser and score it against its gold labels."""
    scores = Scores()
    for gold in letters:
        for ctype, _ in gold.clauses:
            scores.occurrences[ctype] += 1
        letter = read_letters(gold.path)[0]
        draft = draft_record(letter, recogniser_for[gold.name])
        truth = [t for t, text in gold.clauses for _ in text]
        guess = [c.type for c in draft.clauses for _ in c.text]
        if letter.text != "".join(text for _, text in gold.clauses) or len(truth) != len(guess):
            scores.lossless = False
            continue
        for t, g in zip(truth, guess, strict=True):
            scores.chars += 1
            if t == g:
                scores.right += 1
                scores.true_pos[t] += 1
            else:
                scores.false_pos[g] += 1
                scores.false_neg[t] += 1
        _score_facts(scores, gold, letter.text, draft.data)
    return scores


def _score_facts(scores: Scores, gold: GoldLetter, text: str, data: dict[str, object]) -> None:
    """Firm and date, for the letters that state them."""
    if gold.firm and _states_firm(gold.firm, text):
        found = data.get("firm")
        scores.firm.append(isinstance(found, str) and same_firm(found, gold.firm))
    if gold.date and re.fullmatch(r"\d{4}-\d\d-\d\d", gold.date):  # the letter shows its date
        found_date = data.get("date")
        scores.date.append(found_date is not None and str(found_date) == gold.date)


def normalise_firm(name: str) -> str:
    """A firm's name without case, punctuation, legal-form words or remarks in brackets."""
    name = re.sub(r"\(.*?\)", " ", name.lower())
    name = re.sub(r"[^a-z0-9&\u00c0-\u024f ]", " ", name)
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
