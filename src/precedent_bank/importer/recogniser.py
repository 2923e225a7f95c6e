"""The recogniser: which clause type each unit of a letter is.

It learns from labelled letters - the bank's own records - so a firm's house style is
recognised better as its bank grows. For each unit it combines

- a k-nearest-neighbour vote over the bank's clauses, cut into units the same way (TF-IDF
  cosine similarity over words and word pairs);
- cue phrases (cues.py), which carry the rules of the trade;
- which type usually follows which (learned too), decoded over the whole letter with the
  Viterbi algorithm.

Every decision keeps its reason: the cue, or the nearest labelled clause.
"""

from __future__ import annotations

import dataclasses
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from precedent_bank.importer.cues import (
    DEFINES_TERMS,
    FOLLOWING_ASSUMPTIONS,
    STATES_LICENCE,
    STRONG_CUE,
    WE_ASSUMED,
    CueHit,
    cue_evidence,
)
from precedent_bank.importer.sections import (
    SECTION_DISCOUNT,
    is_caption,
    is_section_heading,
    sections,
)
from precedent_bank.importer.segment import (
    ASSUMES_LIST,
    BULLET_MARK,
    NOT_VERIFIED,
    Unit,
    body_units,
    opens_with_caption,
)
from precedent_bank.records.letter import clause_anchors
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.taxonomy import load_taxonomy

if TYPE_CHECKING:  # numpy itself is loaded by the first recogniser (see _index)
    import numpy as np
    from numpy.typing import NDArray

_WORD = re.compile(r"[a-z]+(?:['\u2019][a-z]+)?|\d+")
_STOP = frozenset(
    """a an the of to in on for and or as by with at from that this these those such be been is
    are was were it its we our us you your any all which shall will may has have had not no
    other than into upon under herein hereby thereof therein thereto""".split()  # noqa: SIM905
)
K = 7
KNN_WEIGHT = 6.0
TRANSITION_WEIGHT = 0.6
COMMON = 0.25
DECISIVE_CUE = 3.5
# Weights measured on the corpus with bench/recognition.py (leave-one-firm-out). A prior on
# where in the letter a type sits was tried too and made every figure worse, so there is none.
FRAME_TYPES = frozenset({"heading", "other", "signature", "page-furniture"})
"""Types found from the letter's structure (segment.py), not by the vote."""
_SPEAKS = re.compile(r"(?i:\b(?:we|our|us|my|me)\b)|\bI (?:am|have|hereby|do|express|consent)\b")
"""Words of the firm speaking in a sentence."""
_UNCOMPARED = frozenset({"heading", "signature"})
"""Types whose clauses in the bank are not compared with a new clause's words: they are found
from the letter's layout, and their words (names, addresses) say little of a clause's job."""
FRAME_REASONS = {
    "heading": "the letter's heading: everything before the salutation and its subject line",
    "signature": "the signature: from the complimentary close, or the first signed line, on",
    "page-furniture": "a page number, page marker or the header repeated on a new page",
    "edgar": "an EDGAR header line or page marker: page furniture, not part of the letter",
    "stray": "text a web page or a filing agent's software left above the letter",
    "attached": "a certificate attached after the signature: the client's document, not the letter",
}
"""Why a unit of the letter's frame got its type, in words."""
UNNAMED = 0.5
"""The nearest examples' vote for a type whose wording the unit lacks counts this much when the
unit's wording names one other type plainly: a rare type ("We express no other opinion") has
few examples, and the vote of a common one near it must not outweigh its words."""
WEAK = 1.0
"""Wording lighter than this only suggests a type ("registration statement on form"): when a
unit's wording names one other type plainly (a strong cue, or the type's wording opening it),
the nearest examples' vote for a type worded only so counts UNNAMED too; so it does when one type
alone has wording this heavy ("we are of the opinion that ... shares of Common Stock", 1.0,
against the vote of existence opinions). Half of a sentence cut where it turns to what was
examined ("..., we have examined the draft prospectus forming part of that registration
statement on Form S-11") was an engagement by its nearest examples."""
UNCERTAINTY = 0.5
"""Evidence a type needs before the recogniser is sure of it: one strong cue (1.5) gives 0.75."""
AGREEMENT = 0.8
"""Confidence at least, when a strong cue names the type and the nearest examples agree."""
OPENING_CUE = 1.2
"""Wording this heavy that opens the sentence names its type on its own (as `STRONG_CUE` does
anywhere in it): of 98 sentences of outside letters and the corpus's rest that opened with their
type's wording, with no strong wording for another type, one was wrongly typed, its wording
weighing 0.8 ("We have assumed, with your consent, that (i) the factual ...")."""
CONTEXT = 0.9
"""How much of a sure sentence's confidence carries to the next one of its paragraph and type."""
REVIEW_BELOW = 0.7
"""A unit whose type's share of the evidence is below this is unsure: the vote's own threshold.
It decided the review flag until session 9; the vote's confidence is now one of the signals the
review flag weighs for each clause (flagging.py)."""
LIKENESS = 10.0
"""How sharply a clause's closeness to each type's clauses in the bank (cosine similarity to the
type's centroid) is turned into shares: a lead of 0.1 in similarity is e (2.7) times the share."""
UNLIKE_BELOW = 0.15
"""A clause whose own type is the nearest but has less than this share of its likeness to the
bank's types is flagged: it is faintly like all of them, like none in particular. The cue rules
decide most clauses; this is a second look with the bank's eyes, at shapes it has not seen.
Chosen on the developed outside letters (bench/README.md, session 7): the smallest share flagged
at which they reached their best share of wrongly typed clauses flagged."""
LIKE_NONE = 0.05
"""A clause whose words are no closer than this to any type's clauses in the bank is unlike all
of them, however few types the bank holds (with the bundled samples' 20 or so types such a
clause's share is about 1/20, below UNLIKE_BELOW anyway)."""


Letters = list[tuple[str, Sequence[tuple[str, str, str]]]]
"""Training letters: (record id, [(type, anchor, text), ...] in document order) each."""


def training_titles(records: Iterable[LoadedRecord]) -> dict[str, str]:
    """Each record's title by its id, to name the examples a decision rests on."""
    return {record.id: record.precedent.title for record in records}


def training_letters(records: Iterable[LoadedRecord], drafts: bool = False) -> Letters:
    """Records as training letters; clauses still marked for review teach nothing, nor do
    draft records unless `drafts` says so (the bank's choice)."""
    letters: Letters = []
    for record in records:
        if record.precedent.draft and not drafts:
            continue
        clauses = record.precedent.clauses
        anchors = clause_anchors(clauses)
        confirmed = [
            (c.type, a, c.text) for c, a in zip(clauses, anchors, strict=True) if not c.review
        ]
        letters.append((record.id, confirmed))
    return letters


@dataclass(frozen=True)
class Labelled:
    """One labelled unit of the training letters."""

    type: str
    source: str
    """Where it comes from: "record-id#anchor"."""
    text: str


@dataclass(frozen=True)
class Judged:
    """What the evidence says of one clause's type, read again over the whole clause."""

    share: float
    """The type's part of the evidence (cues and the nearest clauses' vote)."""
    sure: float
    """The same, discounted when there is little evidence at all."""
    rival: str
    """The other type with the largest part ("" when there is none)."""
    rival_share: float
    own_cue: float
    """How strong the type's own wording is in the clause (cues.py weights)."""
    other: str
    """The other type whose wording in the clause is strongest ("" when there is none)."""
    other_cue: float
    """How strong that wording is."""
    nearest: float
    """The type's part of the nearest labelled units' vote (0 with no near unit)."""
    likeness: float
    """Cosine similarity to the bank's clauses of the type (0 for a type not compared)."""
    opens: bool
    """Whether the clause opens with its type's wording ("We express no other opinion")."""
    compared: bool
    """Whether the bank has clauses of the type to compare it with (`likeness` means nothing
    otherwise: a heading's or a signature's words are names and places)."""


@dataclass(frozen=True)
class Decision:
    """The type given to one unit, how sure the recogniser is, and why."""

    type: str
    confidence: float
    reason: str
    doubt: str = ""
    """Why a person should look at it however sure the vote is ("" when there is no doubt)."""


_ONE_LETTER = 4096
"""How many sentences' evidence a recogniser told to remember none keeps within one letter."""


def _flat(text: str) -> str:
    """A unit's text as its evidence reads it (cues and words both ignore line breaks): one
    key for a sentence however the letter wraps it."""
    return " ".join(text.split())


def features(text: str) -> Counter[str]:
    """Words (but common ones) and word pairs, lower case."""
    words = _WORD.findall(text.lower())
    grams = Counter(w for w in words if w not in _STOP and len(w) > 1)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return grams


class Recogniser:
    """Learns from labelled letters; labels the units of a new one."""

    def __init__(
        self, letters: Letters, remember: int = 50_000, titles: Mapping[str, str] | None = None
    ) -> None:
        """Learn from `letters`; `remember` is how many unit texts' evidence to keep, since a
        firm's letters repeat their boilerplate word for word (0 keeps none); `titles` name the
        letters in reasons (their ids otherwise)."""
        self.titles = dict(titles or {})
        self.examples: list[Labelled] = []
        self.copies: list[int] = []
        """How many times each example's words occur in the training letters with its type."""
        self._seen: dict[tuple[str, str], int] = {}
        self._units: dict[str, list[str]] = {}
        sequences: list[list[str]] = []
        for record_id, clauses in letters:
            sequences.append(self._learn_letter(record_id, clauses))
        del self._seen, self._units  # needed only while learning
        self._index()
        # with `remember` 0 a letter's sentences are still weighed once within it: its clauses
        # are read again as wholes (judge) and most are one sentence
        self._forgets = not remember
        self._evidence = lru_cache(maxsize=remember or _ONE_LETTER)(self._weigh)
        self._likeness = lru_cache(maxsize=remember or _ONE_LETTER)(self._similarity)
        self._nearest = lru_cache(maxsize=remember or _ONE_LETTER)(self._knn)
        self._vector = lru_cache(maxsize=remember or _ONE_LETTER)(self._features)
        self.log_transitions = {
            pair: TRANSITION_WEIGHT * math.log(p) for pair, p in _transitions(sequences).items()
        }

    def _learn_letter(self, record_id: str, clauses: Sequence[tuple[str, str, str]]) -> list[str]:
        """Cut each clause into units to learn from; return the types of the body's units."""
        sequence = []
        for ctype, anchor, text in clauses:
            if (units := self._units.get(text)) is None:  # a firm's boilerplate: cut it once
                units = self._units[text] = [u.text for u in body_units(text) if u.text.strip()]
            for unit in units:
                # A bank of thousands of letters repeats its sentences word for word: each is
                # one example, counted as often as it occurs, so that the nearest-units vote
                # is what it would be with every copy, at the cost of one.
                key = (ctype, _flat(unit))
                if (i := self._seen.get(key)) is None:
                    self._seen[key] = len(self.examples)
                    self.examples.append(Labelled(ctype, f"{record_id}#{anchor}", unit))
                    self.copies.append(1)
                else:
                    self.copies[i] += 1
                if ctype not in FRAME_TYPES:
                    sequence.append(ctype)
        return sequence

    def _index(self) -> None:
        df: Counter[str] = Counter()
        counts = [features(e.text) for e in self.examples]
        for grams, copies in zip(counts, self.copies, strict=True):
            for gram in grams:
                df[gram] += copies
        n = max(sum(self.copies), 1)
        # Features in over a quarter of all units ("of the", "company") tell types apart
        # little and make the longest postings: leave them out.
        self.idf = {g: math.log(n / d) + 1.0 for g, d in df.items() if d <= COMMON * n or n < 40}
        postings: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for i, grams in enumerate(counts):
            ctype = self.examples[i].type
            for gram, weight in _normalise(grams, self.idf).items():
                postings[gram][0].append(i)
                postings[gram][1].append(weight)
                if ctype not in _UNCOMPARED:
                    sums[ctype][gram] += weight * self.copies[i]
        # numpy is loaded by the first recogniser, not by importing the package: the child that
        # reads a Word or PDF file (sandbox.py) runs within 1 GB of address space, and OpenBLAS
        # reserves memory for every core when numpy is loaded - on a large server, more than that
        import numpy as np

        # Every feature numbered, and its postings laid end to end (each feature's examples and
        # its weight in each, from _starts[f] to _starts[f + 1]): a text's postings are then
        # gathered with a few array operations, not one per feature.
        self._feature_id = {gram: f for f, gram in enumerate(self.idf)}
        lists = [postings[gram] for gram in self.idf]
        self._starts = np.zeros(len(lists) + 1, dtype=np.intp)
        np.cumsum([len(rows) for rows, _ in lists], out=self._starts[1:])
        self._examples_of = np.array([i for rows, _ in lists for i in rows], dtype=np.intp)
        self._weights_of = np.array([w for _, weights in lists for w in weights], dtype=float)
        self.compared = frozenset(sums)
        """The types whose clauses in the bank a new clause is compared with."""
        self._compared_order = sorted(sums)
        centroids = [_unit_length(sums[t]) for t in self._compared_order]
        # a feature's weight in each type's centroid, a row per feature in some centroid (-1 for
        # none): one product per text (a loop over features and types was a tenth of an import)
        in_some = list(dict.fromkeys(gram for centroid in centroids for gram in centroid))
        self._centroid_row = np.full(len(self.idf), -1, dtype=np.intp)
        self._centroid_row[[self._feature_id[gram] for gram in in_some]] = range(len(in_some))
        self._centroids = np.zeros((len(in_some), len(centroids)))
        for column, centroid in enumerate(centroids):
            for gram, weight in centroid.items():
                self._centroids[self._centroid_row[self._feature_id[gram]], column] = weight

    def unlike(self, text: str, ctype: str) -> str:
        """Why a clause typed `ctype` needs a second look from a person however sure its words
        made the vote ("" when it does not): the bank holds nothing like it."""
        if ctype in FRAME_TYPES or not self.compared:
            return ""
        if ctype not in self.compared:
            doubt = "the bank holds no clause of this type to compare it with"
        elif self._faint(text, ctype):
            doubt = "its words are little like any clause in the bank: a shape it has not seen"
        else:
            return ""
        # the cues are read again only for a clause about to be doubted: they are the slow part
        return "" if _opens_with_its_wording(text, ctype) else doubt

    def _faint(self, text: str, ctype: str) -> bool:
        """Whether `text` is like no type's clauses in the bank, or faintly like all of them
        with its own type the nearest (nearer another type is not enough: on the developed
        letters that flagged more clauses and caught no more wrong ones)."""
        similarity = self._likeness(_flat(text))
        top = max(similarity.values())
        odds = {t: math.exp(LIKENESS * (s - top)) for t, s in similarity.items()}
        share = odds[ctype] / sum(odds.values())
        return top < LIKE_NONE or (share < UNLIKE_BELOW and similarity[ctype] == top)

    def _similarity(self, text: str) -> dict[str, float]:
        """Cosine similarity of `text` to each compared type's clauses in the bank (to their
        centroid: the sum of their units' vectors)."""
        ids, weights = self._vector(text)
        rows = self._centroid_row[ids]
        kept = rows >= 0
        sums = weights[kept] @ self._centroids[rows[kept]]
        return dict(zip(self._compared_order, sums.tolist(), strict=True))

    def judge(self, text: str, ctype: str) -> Judged:
        """What the cues, the nearest clauses and the bank's clauses of each type say of a whole
        clause typed `ctype`: the review flag weighs these (flagging.py)."""
        flat = _flat(text)
        evidence = self._evidence(flat)
        others = sorted(((s, t) for t, s in evidence.shares.items() if t != ctype), reverse=True)
        votes, _ = self._nearest(flat)
        similarity = self._likeness(flat) if self.compared else {}
        worded = sorted(((w, t) for t, w in evidence.distinct.items() if t != ctype), reverse=True)
        return Judged(
            share=evidence.shares.get(ctype, 0.0),
            sure=evidence.sure.get(ctype, 0.0),
            rival=others[0][1] if others else "",
            rival_share=others[0][0] if others else 0.0,
            own_cue=evidence.distinct.get(ctype, 0.0),
            other=worded[0][1] if worded else "",
            other_cue=worded[0][0] if worded else 0.0,
            nearest=votes.get(ctype, 0.0) / (sum(votes.values()) or 1.0),
            likeness=similarity.get(ctype, 0.0),
            opens=_opens_with(evidence.cues, evidence.distinct, text, ctype),
            compared=ctype in self.compared,
        )

    # --- labelling ---------------------------------------------------------------------

    def label(self, units: Sequence[Unit]) -> list[Decision]:
        """A decision for each unit; units outside the body keep the type of their zone."""
        if self._forgets:  # a new letter: nothing weighed for the last one is kept
            self._evidence.cache_clear()
            self._likeness.cache_clear()
            self._nearest.cache_clear()
            self._vector.cache_clear()
        body = [i for i, u in enumerate(units) if u.zone == "body"]
        decisions: list[Decision | None] = [
            None if u.zone == "body" else Decision(u.zone, 1.0, FRAME_REASONS[u.frame or u.zone])
            for u in units
        ]
        weighed: dict[int, _Evidence] = {}
        if body:
            allowed = sections(units)
            signed = next((i for i, u in enumerate(units) if u.zone == "signature"), len(units))
            evidence = [
                self._evidence(_flat(units[i].text)).within(allowed[i]).below(signed, i)
                for i in body
            ]
            weighed = dict(zip(body, evidence, strict=True))
            for i, decision in zip(body, self._decode(evidence), strict=True):
                decisions[i] = decision
        labelled = _examined_after_engagement(units, [d for d in decisions if d is not None])
        in_context = _in_context(units, _list_items(units, labelled, weighed), weighed)
        # a page break may have retyped the opinion a lead-in leads into: read them again
        paged = _across_page_breaks(units, in_context, weighed)
        explained = _taken_by_its_paragraph(units, paged, weighed)
        concluded = _conditions_of_opinions(units, explained)  # before the lead-ins take their type
        exceptions = _exceptions_lead_ins(units, _opinion_lead_ins(units, concluded))
        return _exception_items(units, exceptions, weighed)

    def _weigh(self, text: str) -> _Evidence:
        cues, hits, distinct = cue_evidence(text)
        ranked = [*sorted(cues.values(), reverse=True), 0.0, 0.0]
        votes: dict[str, float] = {}
        nearest: dict[str, tuple[str, int]] = {}
        decisive = ranked[0] >= DECISIVE_CUE and ranked[1] * 3 <= ranked[0]
        if not decisive:  # else the cue decides
            votes, nearest = self._nearest(text)
            if _SPEAKS.search(text):
                # the firm speaking ("As counsel for the Company, I am furnishing my opinion
                # ...") is never the heading or the signature, whatever its words resemble (a
                # letterhead with no salutation below it is the body's, and may be voted one)
                votes = {t: v for t, v in votes.items() if t not in _UNCOMPARED}
        strong = [t for t, w in distinct.items() if w >= STRONG_CUE]
        opening = [
            t for t, hit in hits.items() if hit.at_start and distinct.get(t, 0.0) >= OPENING_CUE
        ]
        named = [t for t, w in distinct.items() if w >= WEAK]
        if not strong and len(opening) == 1:
            strong = opening  # "we have examined the draft prospectus ... Form S-11": see WEAK
        elif not strong and len(named) == 1:
            strong = named  # "we are of the opinion that ... shares": see WEAK
        scores: dict[str, float] = defaultdict(float)
        for t, v in votes.items():
            unnamed = len(strong) == 1 and t != strong[0] and distinct.get(t, 0.0) < WEAK
            scores[t] += KNN_WEIGHT * v * (UNNAMED if unnamed else 1.0)
        for t, w in distinct.items():  # the same words matched twice count once
            scores[t] += w
        total = sum(scores.values())
        shares = {t: s / total for t, s in scores.items()} if total else {}
        sure = {t: s / (total + UNCERTAINTY) for t, s in scores.items()}
        return _Evidence(shares, sure, nearest, hits, cues, distinct, decisive)

    def _knn(self, text: str) -> tuple[dict[str, float], dict[str, tuple[str, int]]]:
        """Similarity-weighted vote of the K nearest labelled units (weak when even the nearest
        are far), and for each type its nearest unit, described, and how many of the K it has."""
        import numpy as np  # loaded already, by _index

        ids, own = self._vector(text)
        starts = self._starts[ids]
        sizes = self._starts[ids + 1] - starts
        # where each feature's postings lie: its start, then one on for each (one product and
        # one sum over them all; a numpy call per feature cost more than the rest of the vote)
        at = np.repeat(starts - (np.cumsum(sizes) - sizes), sizes) + np.arange(sizes.sum())
        sims = np.bincount(
            self._examples_of[at],
            weights=np.repeat(own, sizes) * self._weights_of[at],
            minlength=len(self.examples),
        )
        near = np.flatnonzero(sims)
        if len(near) > K:  # the K most similar, then in order (the first example on a tie)
            near = near[np.argpartition(-sims[near], K - 1)[:K]]
        top = sorted(
            zip(sims[near].tolist(), near.tolist(), strict=True), key=lambda p: (-p[0], p[1])
        )
        votes: dict[str, float] = defaultdict(float)
        nearest: dict[str, tuple[str, int]] = {}
        left = K  # the K nearest units, each copy of an example one of them
        for s, i in top:
            example, copies = self.examples[i], min(self.copies[i], left)
            votes[example.type] += s * copies / K
            if example.type in nearest:
                first, count = nearest[example.type]
                nearest[example.type] = (first, count + copies)
            else:  # the type's nearest unit, described once
                nearest[example.type] = (self._describe(example), copies)
            if not (left := left - copies):
                break
        return dict(votes), nearest

    def _features(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """`text`'s features (their numbers) weighed by how rare they are in the bank, to unit
        length: the nearest clauses and the likeness to each type's clauses both read them."""
        import numpy as np  # loaded already, by _index

        vector = _normalise(features(text), self.idf)
        ids = np.fromiter(map(self._feature_id.__getitem__, vector), np.intp, len(vector))
        return ids, np.fromiter(vector.values(), np.float64, len(vector))

    def _describe(self, example: Labelled) -> str:
        """A labelled unit as a reader knows it: its letter's title and clause number."""
        record_id, _, anchor = example.source.partition("#")
        where = anchor.replace("clause-", "clause ") if anchor.startswith("clause-") else anchor
        title = self.titles.get(record_id, record_id)
        title = title if len(title) <= 60 else title[:57].rstrip() + "..."
        return f'"{title}", {where}'

    def _decode(self, evidence: list[_Evidence]) -> list[Decision]:
        """The most likely sequence of types (Viterbi), each with its confidence and reason.

        Only types with some evidence are considered for a unit: a type with none would need
        the transitions alone to carry it. A unit with no evidence at all is one of the types
        most likely so far (all of them, at the start): trying every type for each of thousands
        of such units ("Xx. Xx. Xx. ...") took seconds.
        """
        floor = 1e-3
        every = load_taxonomy().slugs
        first = _candidates(evidence[0]) or every
        best = {t: math.log(evidence[0].shares.get(t, 0.0) + floor) for t in first}
        back: list[dict[str, str]] = []
        for e in evidence[1:]:
            candidates = _candidates(e) or heapq.nlargest(_BEAM, best, key=lambda t: best[t])
            step: dict[str, float] = {}
            pointers: dict[str, str] = {}
            for t in candidates:
                prev, score = max(
                    ((p, s + self.log_transitions[p, t]) for p, s in best.items()),
                    key=lambda ps: ps[1],
                )
                step[t] = score + math.log(e.shares.get(t, 0.0) + floor)
                pointers[t] = prev
            best = step
            back.append(pointers)
        path = [max(best, key=lambda t: best[t])]
        for pointers in reversed(back):
            path.append(pointers[path[-1]])
        path.reverse()
        return [e.decide(t) for e, t in zip(evidence, path, strict=True)]


def _candidates(evidence: _Evidence) -> list[str]:
    """The types a unit may be: those with some evidence; only the likeliest when its wording
    decides."""
    if evidence.decisive:
        return [max(evidence.cue_weights, key=lambda t: evidence.cue_weights[t])]
    return [t for t in evidence.shares if evidence.shares[t] > 0]


_BEAM = 6
"""How many of the likeliest types so far a unit with no evidence of its own may be."""


@dataclass(frozen=True)
class _Evidence:
    shares: dict[str, float]
    """Each type's part of the evidence, for choosing between types."""
    sure: dict[str, float]
    """The same, discounted when there is little evidence at all: the confidence."""
    nearest: dict[str, tuple[str, int]]
    cues: dict[str, CueHit]
    cue_weights: dict[str, float]
    distinct: dict[str, float]
    """Each type's cue weight with overlapping matches counted once: how strong its wording is."""
    decisive: bool = False
    """Its wording alone decides its type (DECISIVE_CUE): the types around it do not overrule
    it. "As special Nevada counsel for X, we are familiar with the proceedings ..." opening the
    letter was made the engagement, the step from the heading to what was examined being rare."""

    def within(self, allowed: frozenset[str] | None) -> _Evidence:
        """The evidence under a section heading that allows `allowed` types: the others keep
        SECTION_DISCOUNT of their share (the confidence, `sure`, is left as it was)."""
        if not allowed or (self.shares and not self.shares.keys() & allowed):
            return self
        if not self.shares:  # a bare heading ("2 Opinion"): one of the section's types
            even = {t: 1 / len(allowed) for t in allowed}
            return _Evidence(even, self.sure, self.nearest, self.cues, self.cue_weights, {})
        scaled = {
            t: s * (1.0 if t in allowed else SECTION_DISCOUNT) for t, s in self.shares.items()
        }
        total = sum(scaled.values())
        shares = {t: s / total for t, s in scaled.items()}
        return _Evidence(
            shares,
            self.sure,
            self.nearest,
            self.cues,
            self.cue_weights,
            self.distinct,
            self.decisive,
        )

    def below(self, signed: int, at: int) -> _Evidence:
        """The evidence of unit `at`, with the heading ruled out below the signature (unit
        `signed`): a schedule's short lines there ("SCHEDULE 2", "Searches", "4. The Registration
        Statement.") are like a letterhead's, but the letter's heading is above its body."""
        if at < signed or "heading" not in self.shares or len(self.shares) == 1:
            return self
        total = sum(s for t, s in self.shares.items() if t != "heading")
        shares = {t: s / total for t, s in self.shares.items() if t != "heading"}
        sure = {t: s for t, s in self.sure.items() if t != "heading"}
        return dataclasses.replace(self, shares=shares, sure=sure)

    def decide(self, ctype: str) -> Decision:
        confidence = round(max(self.sure.get(ctype, 0.0), self._agreement(ctype)), 2)
        reasons = []
        if ctype in self.cues:
            reasons.append(self.cues[ctype].reason())
        if ctype in self.nearest:
            example, count = self.nearest[ctype]
            clauses = "clause" if count == 1 else "clauses"
            reasons.append(f"like {count} {clauses} of this type in the bank, e.g. {example}")
        reason = "; ".join(reasons) or "no cue and no close example: fits the clauses around it"
        return Decision(ctype, confidence, reason, self._doubt(ctype))

    def _agreement(self, ctype: str) -> float:
        """A floor on the confidence when the wording alone names the type and the nearest
        examples do not say otherwise: a plainly right engagement sentence ("We have acted as
        special counsel to ...") must not look unsure because it is long. A sentence that
        opens with its type's wording ("We have examined the Registration Statement and ...")
        needs no agreeing examples: the few the bank holds may be far from it."""
        weight = self.cue_weights.get(ctype, 0.0)
        others = [self._strongest(t) for t in self.cue_weights if t != ctype]
        if weight < OPENING_CUE or max(others, default=0.0) >= STRONG_CUE:
            return 0.0
        hit = self.cues.get(ctype)
        if hit is not None and hit.at_start and self._strongest(ctype) >= OPENING_CUE:
            return AGREEMENT
        if weight < STRONG_CUE:
            return 0.0
        votes = {t: n for t, (_, n) in self.nearest.items()}
        if votes and max(votes, key=lambda t: votes[t]) != ctype:
            return 0.0
        return AGREEMENT

    def _strongest(self, ctype: str) -> float:
        """How strong a type's wording is: two cues matching the same words ("we have
        assumed", "assumed") count once."""
        return self.distinct.get(ctype, 0.0)

    def _doubt(self, ctype: str) -> str:
        """Strong wording for two types, or strong wording for a type other than the one
        chosen: the sentence may do two jobs, or the vote may have overruled its words."""
        strong = sorted(
            (t for t in self.cue_weights if self._strongest(t) >= STRONG_CUE),
            key=lambda t: -self.cue_weights[t],
        )
        if len(strong) >= 2:
            return f"strong wording for two types: {strong[0]} and {strong[1]}"
        if strong and strong[0] != ctype:
            return f"its wording points to {strong[0]}"
        return ""


def _examined_after_engagement(units: Sequence[Unit], decisions: list[Decision]) -> list[Decision]:
    """ "We have reviewed (i) the Registration Statement on Form S-3 ... filed by the Company
    ..." after the engagement is what the firm examined: the taxonomy has such a sentence the
    engagement only where it opens the letter, identifying the filing. After an engagement it
    names the filing again only as a paper read, however like an engagement its words are."""
    out = list(decisions)
    engaged = False
    for i, unit in enumerate(units):
        if unit.zone != "body":
            continue
        now = out[i]
        if engaged and now.type == "engagement" and _OPENS_EXAMINED.match(unit.text):
            out[i] = Decision("documents-examined", round(now.confidence * CONTEXT, 2), EXAMINED)
        engaged = engaged or now.type == "engagement"
    return out


_OPENS_EXAMINED = re.compile(r"(?i)\W*(?:we|I) have (?:also )?(?:examined|reviewed)\b")
EXAMINED = 'opens "We have reviewed" after the engagement: what the firm examined'


def _in_context(
    units: Sequence[Unit],
    decisions: list[Decision],
    evidence: Mapping[int, _Evidence] | None = None,
) -> list[Decision]:
    """A sentence that goes on with the paragraph (or list) of a sure one of the same type, with
    no wording of its own against that type, is fairly sure too: a paragraph does one job, and
    its later sentences ("The Notes will be issued under an indenture ...") often carry no cue
    and resemble nothing in particular. Without this, one such sentence made a plainly right
    engagement paragraph look unsure. The confidence carried over is the surest sentence's
    before it in the paragraph, faded once by CONTEXT: fading at every step flagged the fourth
    sentence of a plainly right engagement paragraph (0.89, 0.80, 0.72, 0.65).
    A sentence whose only wording is another type's ("..., and have assumed such proceedings
    will be completed") gets none: the vote, not its words, put it with the paragraph."""
    out = list(decisions)
    surest = 0.0  # the surest confidence of its own in the run of sentences so far
    for i in range(1, len(units)):
        before, now = out[i - 1], out[i]
        same = units[i].zone == units[i - 1].zone == "body" and now.type == before.type
        if not same or not _continues(units[i - 1], units[i]):
            surest = 0.0
            continue
        surest = max(surest, decisions[i - 1].confidence)
        carried = round(surest * CONTEXT, 2)
        if now.doubt or carried <= now.confidence:
            continue
        if evidence and _worded_otherwise(evidence.get(i), now.type):
            continue
        reason = f"{now.reason}; goes on with the paragraph before it, of this type"
        out[i] = Decision(now.type, carried, reason, now.doubt)
    return _lead_ins(units, out)


def _across_page_breaks(
    units: Sequence[Unit], decisions: list[Decision], evidence: Mapping[int, _Evidence]
) -> list[Decision]:
    """A sentence that a page's furniture (a footer, a page number) interrupts goes on after it
    in lower case: that part is of the type of the part before, whatever its few words resemble
    ("... of its ordinary shares, to be" / footer / "issued under the Company's plan ..."),
    unless the words after the break name the type and those before it do not ("we are of the
    opinion that the Units, when issued against payment" / page 2 / "therefor, will be validly
    issued, fully paid (to the extent required under the Partnership Agreement) ...")."""
    out = list(decisions)
    before: int | None = None  # the last body unit before the furniture
    for i, unit in enumerate(units):
        if unit.zone == "page-furniture":
            continue
        broken = before is not None and units[i - 1].zone == "page-furniture"
        if broken and before is not None and unit.zone == "body" and _goes_on(units[before], unit):
            if (
                _named_after_break(evidence.get(before), evidence.get(i), out[before], out[i])
                or _says_too_little(units[before], evidence.get(before), out[before])
                or (unit.text.rstrip().endswith(":") and leads_into_opinion(unit.text))
            ):
                # "Based upon the foregoing, and subject to the" / page 2 / "..., we are of the
                # opinion that:": the words after the break say which opinion it leads into
                led = out[i]
                reason = "begins the sentence a page break interrupted, of this type"
                out[before] = Decision(led.type, round(led.confidence * CONTEXT, 2), reason)
            else:
                carried = out[before]
                reason = "goes on with the sentence a page break interrupted, of this type"
                out[i] = Decision(carried.type, round(carried.confidence * CONTEXT, 2), reason)
        before = i if unit.zone == "body" else None
    return out


def _named_after_break(
    first: _Evidence | None, second: _Evidence | None, was: Decision, now: Decision
) -> bool:
    """Whether the part of a sentence after a page break names its type strongly, and the part
    before names its own not at all, or (both opinions) less strongly: which security an opinion
    is on may be said only after the break ("the Preferred Securities will be validly issued
    and" / page 2 / "fully paid and nonassessable undivided beneficial interests")."""
    if first is None or second is None or was.type == now.type:
        return False
    named, own = second.distinct.get(now.type, 0.0), first.distinct.get(was.type, 0.0)
    opinions = was.type.startswith("opinion-") and now.type.startswith("opinion-")
    return named >= STRONG_CUE and (own < WEAK or (opinions and own < named))


def _says_too_little(before: Unit, evidence: _Evidence | None, decision: Decision) -> bool:
    """Whether the part of a sentence before a page break is a few words that name no type
    ("Nor do we" / page 2 / "express any opinion on the securities laws ..."): what they
    resemble is no reason to type the rest by them."""
    few = len(before.text.split()) <= _FEW_WORDS
    return few and (evidence is None or evidence.distinct.get(decision.type, 0.0) < WEAK)


_FEW_WORDS = 4


def _goes_on(before: Unit, unit: Unit) -> bool:
    """Whether `unit` finishes the sentence `before` left unfinished: `before` stops after a
    word or a comma, and `unit` opens with a word in lower case (not "firm.com"), or with a
    capital after an article or a preposition ("... as described in the" / page 2 /
    "Registration Statement.")."""
    tail = before.text.rstrip()
    if not _UNFINISHED.search(tail):
        return False
    return bool(_RESUMES.match(unit.text)) or bool(
        _OPEN_BEFORE.search(tail) and _NAMED_AFTER.match(unit.text)
    )


_RESUMES = re.compile(r"\s*[a-z]+[\s,]")
_UNFINISHED = re.compile(r"(?:\b[a-z]+|,)$")
_OPEN_BEFORE = re.compile(
    r"\b(?:the|a|an|of|to|in|on|by|for|and|or|with|under|as|such|"
    # a determiner wants its noun ("... in the assets of that" / page 3 / "Trust.")
    r"that|this|each|any|its|their|every)$"
)
_NAMED_AFTER = re.compile(r"\s*[A-Z][a-z]+[\s,.;]")


_PARAGRAPH_TAKES = {
    DEFINES_TERMS: (-1, "opinion-", "says what the opinion before it in its paragraph means"),
    STATES_LICENCE: (1, "limitation-jurisdiction", "says where the firm practises, then the laws"),
}
"""Wordings typed one way alone that take a neighbour's type in its paragraph: which neighbour
(the sentence before, -1, or after, 1), the types it must have, and why in words."""


def _taken_by_its_paragraph(
    units: Sequence[Unit], decisions: list[Decision], evidence: Mapping[int, _Evidence]
) -> list[Decision]:
    """A sentence saying what an opinion's term means ('the term "non-assessable" means ...')
    is a caveat of its own (qualification-other), but the opinion's when it goes on in the
    opinion's paragraph ("2. The Shares ... will be fully paid and non-assessable. For the
    purposes of this opinion, the term ... means ..." is one item); where the firm may practise
    ("I am admitted to practice law in the State of Utah.") says who writes, but before "The
    opinions expressed herein are limited to ..." in its paragraph it is the laws covered."""
    out = list(decisions)
    for i in range(len(units)):
        hit = evidence[i].cues.get(out[i].type) if i in evidence else None
        if hit is None or hit.cue.description not in _PARAGRAPH_TAKES:
            continue
        step, kind, why = _PARAGRAPH_TAKES[hit.cue.description]
        j = i + step
        if not 0 <= j < len(units) or not out[j].type.startswith(kind):
            continue
        if _continues(units[min(i, j)], units[max(i, j)]):
            out[i] = Decision(out[j].type, round(out[j].confidence * CONTEXT, 2), why)
    return out


def _conditions_of_opinions(units: Sequence[Unit], decisions: list[Decision]) -> list[Decision]:
    """An opinion whose sentence names its conditions first, cut at their markers ("5. With
    respect to Depositary Shares, when (A) ..., (B) ... and (C) the shares of Preferred Stock
    ... have been validly issued ..., and" / "(D) ..., such depositary receipts will be validly
    issued"), is one opinion: the pieces before its conclusion take the conclusion's type (the
    conditions read like the opinion on shares, the agreements' execution or what was examined).
    The sentence must open as an opinion does, with a condition's word."""
    out = list(decisions)
    for i in range(len(units) - 1, 0, -1):
        end = out[i]
        if units[i].zone != "body" or not end.type.startswith("opinion-"):
            continue
        if not _CONCLUDES.search(units[i].text):
            continue
        chain: list[int] = []  # the pieces before the conclusion, last first
        j = i - 1
        while j >= 0 and units[j].zone in ("body", "page-furniture"):
            if units[j].zone == "body":
                piece = units[j].text
                if not _UNFINISHED.search(piece.rstrip()) or _CONCLUDES.search(piece):
                    break
                chain.append(j)
            j -= 1
        if not chain or not out[chain[-1]].type.startswith("opinion-"):
            continue  # the sentence opens with no opinion ("We have assumed that, when (a) ...")
        if not _CONDITIONAL.search(units[chain[-1]].text):
            continue
        reason = "a condition of the opinion its sentence concludes, of that opinion's type"
        for k in chain:
            if out[k].type != end.type:
                out[k] = Decision(end.type, round(end.confidence * CONTEXT, 2), reason)
    return out


_CONCLUDES = re.compile(
    r"(?i)\b(?:will|shall)\s+(?:be|constitute|represent|entitle)\b|"
    r"\b(?:is|are)\s+(?:validly|duly|legally)\s+(?:issued|authorized|outstanding)\b"
)
"""An opinion's conclusion ("such Units will constitute valid and binding obligations"; "the
Shares are validly issued"), not its conditions ("when the Shares have been issued")."""
_CONDITIONAL = re.compile(r"(?i)\b(?:when|(?<!based )upon|once|after|if|at such time as)\b")
"""A condition's opening word: the sentence names its conditions before its conclusion."""


def _worded_otherwise(evidence: _Evidence | None, ctype: str) -> bool:
    """Whether a unit's cue wording names only types other than `ctype`."""
    return evidence is not None and bool(evidence.cue_weights) and ctype not in evidence.cue_weights


def _lead_ins(units: Sequence[Unit], decisions: list[Decision]) -> list[Decision]:
    """A lead-in ending in a colon ("... we are of the opinion that:"), or a section heading
    ("2 Opinion"), is as sure as the item it introduces, when that item is of its type and the
    lead-in has no wording against it."""
    out = list(decisions)
    for i in range(len(units) - 2, -1, -1):
        now, after = out[i], out[i + 1]
        if units[i].zone != "body" or units[i + 1].zone != "body":
            continue
        # a line after a lead-in's colon is what it leads in to, not a caption
        listed = i > 0 and units[i - 1].text.rstrip().endswith(":")
        caption = is_section_heading(units[i].text) or (is_caption(units[i].text) and not listed)
        if now.type != after.type and caption and not now.doubt:
            # a bare heading ("2 Assumptions", "PART FOUR - OUR VIEW") belongs to the clause
            # it heads, whichever type that is: one clause, not a heading typed on its own
            reason = "a section heading: typed as the clause it heads"
            out[i] = Decision(after.type, after.confidence, reason)
            continue
        if now.type != after.type:
            continue
        carried = round(after.confidence * CONTEXT, 2)
        heads = units[i].text.rstrip().endswith(":") or caption
        if now.doubt or carried <= now.confidence or not heads:
            continue
        reason = f"{now.reason}; introduces the next clause, of this type"
        out[i] = Decision(now.type, carried, reason, now.doubt)
    return _opinion_lead_ins(units, out)


_OPINION_WORDS = re.compile(
    r"(?i)\b(?:(?:are|is) of the opinion|(?<!of )(?<!with )(?<!rendering )(?<!render )(?<!giving )"
    r"(?<!give )(?<!requested )(?<!request )(?<!for )our opinion|we advise you|we confirm|"
    r"(?:have|has) reached the following conclusions?)\b"
)
"""Words that speak of the opinion being given ("it is our opinion", "we advise you"); not of
its purpose ("in order to render our opinion, we have reviewed the following papers:") or of
the request for it ("You have requested our opinion ..., and in that regard we have examined
the following:")."""
_FOREGOING_LEAD = re.compile(
    r"(?i)^(?:based|on the basis|in reliance|subject to)\b[^.;]*\bforegoing\b"
)


def leads_into_opinion(text: str) -> bool:
    """Whether the last phrase of `text` (after its last full stop or semicolon) speaks of the
    opinion, or the whole of it, unbroken, rests on "the foregoing". Found in that last phrase
    rather than by a pattern that tried every such wording to the end of the text: that took
    seconds on a long unit that repeats one ("we confirm we confirm ... .")."""
    flat = " ".join(text.split())
    last = -1
    for m in _PHRASE_END.finditer(flat):
        last = m.start()
    tail = flat[last + 1 :]
    return bool(_OPINION_WORDS.search(tail)) or (tail == flat and bool(_FOREGOING_LEAD.match(flat)))


_PHRASE_END = re.compile(r";|(?<!\b[A-Z])\.(?=\s|$)|\.(?=\s+[^a-z\s]|\s*$)")
"""A semicolon or a full stop, but not an abbreviation's going on with its sentence ("it is our
opinion that, for U.S. federal income tax purposes:")."""


def _opinion_lead_ins(units: Sequence[Unit], decisions: list[Decision]) -> list[Decision]:
    """An unfinished sentence that leads into the opinions ("Based on the foregoing, we are of
    the opinion that:", "... subject to the limitations stated in this letter,") does the job of
    the opinion it introduces: it takes the type of the opinion that follows, whatever its own
    few words resembled (most often the existence opinion, the first of many letters' list). One
    ending in a colon does so whatever type it took ("we are of the opinion, under the law in
    effect as of the date hereof, that:" is no limitation as of a date), and so does one resting
    on "the foregoing" ("Based upon our foregoing examination, ... and relying on the statements
    of fact in the documents we examined," / "we are of the opinion that ..."): what it rests on
    is said before it. So does one that opens with the opinion's own words ("we advise you that,
    in our opinion, when the Bonds shall have been duly executed by the parties thereto, ..."),
    whatever its conditions resemble."""
    out = list(decisions)
    for i in range(len(units) - 2, -1, -1):
        now, after = out[i], out[i + 1]
        text = units[i].text.rstrip()
        unfinished = text.endswith((":", ",")) or text.lower().endswith(" that")
        if _assumes_first(units[i], units[i + 1]):
            out[i] = Decision("assumption-other", max(now.confidence, CONTEXT), ASSUMES_FIRST)
            continue
        if (
            units[i].zone != "body"
            or _engagement_first(text, now)
            or units[i + 1].zone != "body"
            or not after.type.startswith("opinion-")
            or now.type == after.type
            or (now.type.startswith("opinion-") and _AND_THAT.match(units[i + 1].text))
            or not (
                now.type.startswith("opinion-")
                or now.confidence < FAINT_GUESS
                or text.endswith(":")
                or _FOREGOING_LEAD.match(" ".join(text.split()))
                or _OPENS_OPINION.match(text)
            )
            or not unfinished
            or not (leads_into_opinion(text) or _opinion_goes_on(text, units[i + 1].text))
        ):
            continue
        reason = "leads into the opinion that follows, of this type"
        out[i] = Decision(after.type, round(after.confidence * CONTEXT, 2), reason)
    return out


_AND_THAT = re.compile(r"\s*and\s+that\b", re.IGNORECASE)
"""The next of a sentence's opinions ("..., and that, when issued, the Shares will be ..."):
the opinion before it is one of its own (the Company is duly incorporated), not a lead-in."""
FAINT_GUESS = 0.3
"""A confidence below which a unit's type is a faint guess from resemblance (no wording of its
own named it): the opinion it leads into may take it over."""


def _assumes_first(lead: Unit, unit: Unit) -> bool:
    """Whether `lead` assumes, in the opinion's sentence, before the opinion that `unit` opens
    ("Based upon the foregoing, and assuming that the Shares will be issued as the Agreement
    provides, ..." / "we are of the opinion that ..."): the taxonomy has a leading "assuming
    that ..." clause an assumption, whatever the opinion's words in it resemble."""
    return (
        lead.zone == unit.zone == "body"
        and lead.text.rstrip().endswith(",")
        and bool(_ASSUMING.search(lead.text))
        and bool(_OPENS_OPINION.match(unit.text))
    )


_ASSUMING = re.compile(r"(?i)\bassum(?:e|ed|ing)\b")
ASSUMES_FIRST = "assumes, before the opinion that follows in the same sentence"


def _engagement_first(text: str, decision: Decision) -> bool:
    """A long engagement sentence that only ends by leading into the opinion ("We have acted as
    counsel to X in connection with ... [a thousand characters] ..., and we advise you as
    follows:") is the engagement: its last words do not make it the opinion's. (One that opens
    by naming the filing, "With respect to the Registration Statement ..., we advise you as
    follows:", is cut before "we advise you" by the segmenter; the words after the cut go with
    the opinion.)"""
    return decision.type == "engagement" and len(text) > LONG_LEAD_IN


LONG_LEAD_IN = 500
"""Longer than any lead-in into the opinion the developed letters show, conditions and all."""


_OPENS_OPINION = re.compile(
    r"(?i)\s*(?:(?:we|i) (?:are|am) of the opinion|it is (?:our|my) opinion|in (?:our|my) opinion|"
    r"we advise you)\b"
)


def _opinion_goes_on(text: str, after: str) -> bool:
    """Whether `text`, ending in a comma, is the first half of the opinion's sentence that `after`
    goes on with ("On the strength of the Facts and the Assumptions (each defined in Part II)," /
    "it is our opinion that:"): cut there, its first half names no opinion of its own."""
    return text.endswith(",") and bool(_OPENS_OPINION.match(after))


_ITEM = re.compile(r"\s*(?:\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\d{1,2}(?:\.\d{1,2})*\.?\s)")
"""The start of an item of a list: "(ii)", "b)", "2.2."."""
_LIST_ITEM = re.compile(
    r"[\s|]*(?:\((?P<p>[ivx]{1,5}|[a-z]|\d{1,2})\)|(?P<b>[ivx]{1,5}|[a-z]|\d{1,2})\)|"
    r"(?P<e>\d{1,2}\.\d{1,2})(?:\.|\s|$)|(?P<d>\d{1,2})(?:\.|\s|$)|"
    rf"(?P<u>{BULLET_MARK})[ \t])"
)
"""An item of a list, in a table's cells too ("| 3. |"): its marker, to tell one list's items
("(a)", "(b)"; "4.1", "4.2") from the next level's or the next section's ("2.", "(i)"; "5."); a
bullet ("- ", "\u2022 ") marks an item too."""
TAX_OPINION = "opinion-tax"
ASSUMED = "assumption-other"
"""The type of a list of assumptions' items that say nothing of their own kind of assumption."""
RELIED = "assumption-factual-reliance"
EXAMINED = "documents-examined"
LIST_TYPES = frozenset({EXAMINED, RELIED, "engagement", "other"})
"""Types whose lead-in ("we have examined the following:", "we have relied upon the following
representations:") makes every item of its list that type, whatever an item's own words say:
the documents listed ("(i) The Registration Statement, as filed ...") read like an engagement,
the facts represented ("(a) The Company is duly organized ...") like the existence opinion, the
securities the firm's own people hold ("... own the following securities: 1,000 shares ...")
like the engagement's."""


def _list_items(
    units: Sequence[Unit], decisions: list[Decision], evidence: Mapping[int, _Evidence]
) -> list[Decision]:
    """The items of a list take the type of the lead-in that introduces it (see LIST_TYPES); the
    items of an opinion's list ("we are of the opinion that:") are each an opinion, of the type
    their own words point to most."""
    out = list(decisions)
    lead: tuple[Decision, bool, str] | None = None  # the lead-in, opinion or not, marker kind
    outer: tuple[Decision, bool, str] | None = None  # the list an item's own list sits in
    lead_at = -1  # the lead-in's unit, while its first item is still to come
    bare: list[int] = []  # items' markers standing alone, their words in the next unit
    before: Unit | None = None
    for i, unit in enumerate(units):
        if unit.zone == "page-furniture":
            continue  # a page break: the list goes on after it
        marker = _marker_kind(unit.text) if unit.zone == "body" else None
        if outer is not None and marker is not None and marker == outer[2]:
            lead, outer = outer, None  # the next item of the list around the inner one
        if lead is not None and before is not None and unit.zone == "body":
            kind = lead[2] or (marker or "")
            # (an item cut mid-sentence goes on after the cut, across a page break too: "...
            # except with respect to" / page 2 / "cash received in lieu of a fractional share.";
            # "... as certified," / "conformed or photostatic copies conform ...")
            goes_on = marker is None and (
                _goes_on(before, unit)
                or (_same_line(before) and not _own_words(evidence.get(i), lead))
                or _unmarked_item(before, unit)
            )
            if marker is None and _assumes_on(before, out[i], lead):
                pass  # "1. Copies ... are complete. All signatures are genuine.": its own kind
            elif marker == kind or goes_on or _inner_item(kind, marker):
                out[i] = _as_item(out[i], lead[0], lead[1], evidence.get(i), marker is not None)
                lead = (lead[0], lead[1], kind)
                if _bare_marker(unit.text):
                    bare.append(i)  # "(a)" / "(i) Each copy ...": its words are still to come
                    before = unit
                    continue
                if lead_at >= 0 and marker is not None:
                    out[lead_at] = _first_kind(out[lead_at], out[i], evidence.get(i))
                lead_at = -1
                if marker is not None and _lists_conditions(unit.text, out[i]):
                    # "2. ... will be validly issued, provided that:" / "(a) ...": the item's
                    # own list, of its conditions, inside the opinion's list
                    outer, lead = lead, (out[i], True, "")
            else:
                lead = outer = None
        if lead is None and unit.zone == "body" and _opens_list(unit.text):
            out[i] = _lead_in_own_words(out[i], evidence.get(i))
            lead = _list_lead(unit.text, out[i], evidence.get(i))
            assumes = lead is not None and _assumes_list(unit.text)
            if assumes and _holds_first_item(unit.text):
                # "we have assumed:\n- the genuineness of all signatures": the unit is of the
                # kind its item names; the items after it that name none are other assumptions
                lead = (_assumed(evidence.get(i)), False, "")
                assumes = False
            else:
                out[i] = out[i] if lead is None else lead[0]  # "we assume that:" is one
            lead_at = i if assumes else -1
            if lead is not None and _UNMARKED_FIRST_ITEM.search(unit.text.rstrip()):
                lead = (lead[0], lead[1], _UNMARKED)
        before = unit if unit.zone == "body" else None
    for i in bare:  # a marker alone is of the kind of the words after it
        after = next((j for j in range(i + 1, len(units)) if units[j].zone == "body"), None)
        if after is not None:
            reason = "an item's marker, of the kind of the words after it"
            out[i] = Decision(out[after].type, out[after].confidence, reason, out[after].doubt)
    return out


def _inner_item(kind: str, marker: str | None) -> bool:
    """Whether an item lettered "(b)" sits inside the numbered item before it ("4.1 (a) Each
    copy ... conforms. (b) Each confirmation ... is true." / "4.2 ..."): the list goes on."""
    return kind in ("number", "decimal") and marker in ("paren", "bracket")


def _bare_marker(text: str) -> bool:
    """Whether a unit is an item's marker and nothing more ("(a)  ")."""
    m = _LIST_ITEM.match(text)
    return m is not None and not text[m.end() :].strip()


_ANY_MARKER = re.compile(_ITEM.pattern, re.IGNORECASE)
"""An item's marker, in either case ("(A)", "b)", "3.")."""


def _exceptions_lead_ins(units: Sequence[Unit], decisions: list[Decision]) -> list[Decision]:
    """A lead-in to a list of exceptions to the opinion ("The opinions above are subject to the
    following qualifications:" / "(A) the effect of bankruptcy ...") makes one clause with its
    first exception, of that exception's kind."""
    out = list(decisions)
    for i in range(len(units) - 1):
        now, after = out[i], out[i + 1]
        if (
            units[i].zone == units[i + 1].zone == "body"
            and now.type != after.type
            and (now.type.startswith("qualification-") or _SUBJECT_TO.search(units[i].text))
            and after.type.startswith("qualification-")
            and units[i].text.rstrip().endswith(":")
            and _ANY_MARKER.match(units[i + 1].text)
        ):
            reason = "introduces a list of exceptions, of the kind its first item names"
            out[i] = Decision(after.type, round(min(now.confidence, after.confidence), 2), reason)
    return out


def _exception_items(
    units: Sequence[Unit], decisions: list[Decision], evidence: Mapping[int, _Evidence]
) -> list[Decision]:
    """An item of a list of exceptions whose words name no type at all ("(iv) the requirement
    that any document in a language other than Spanish ... be accompanied by a certified
    translation") is another exception, not what its few words resemble in the bank. So is an
    item of a list an exception's lead-in opens ("This opinion is subject to the following
    qualifications:"), or a later sentence of an item's paragraph, typed by the nearest clauses'
    vote alone (its words name its type nothing); the list ends at a paragraph that is no item
    of it ("7. Reliance")."""
    out = list(decisions)
    listing: str | None = None  # the kind of marker of the list an exception's lead-in opened
    after_exception = False  # the unit before is an exception, of its own or by the first rule
    for i, unit in enumerate(units):
        weighed, now = evidence.get(i), out[i]
        if unit.zone != "body" or weighed is None:
            after_exception = False
            if unit.zone != "page-furniture":  # (a page break: the list goes on after it)
                listing = None
            continue
        marker = _marker_kind(unit.text)  # (none for a new section: "7. Reliance")
        item = marker is not None and listing in ("", marker)
        # ("(a) The term "non-assessable" has no equivalent under German law. | For the
        # purposes of this opinion it means ...": an item's next sentence, in its paragraph)
        goes_on = marker is None and i > 0 and not _ends_paragraph(units[i - 1].text)
        listed = False
        if now.type.startswith("qualification-"):
            pass
        elif after_exception and not weighed.cue_weights and _ANY_MARKER.match(unit.text):
            reason = "an item of a list of exceptions whose words name no other kind"
            out[i] = Decision("qualification-other", now.confidence, reason, now.doubt)
        elif (
            listing is not None
            and (item or goes_on)
            and not now.type.startswith("limitation-")
            and not weighed.distinct.get(now.type)
        ):
            # its type only the nearest clauses' vote, under "This opinion is subject to the
            # following qualifications:" ("(b) Under section 199 (2) AktG, subscription
            # shares may be issued ... only if ...")
            reason = "an item of a list of exceptions whose words name no kind of their own"
            out[i] = Decision("qualification-other", now.confidence, reason, now.doubt)
            listed = True  # (no further item follows from it by the first rule)
        after_exception = out[i].type.startswith("qualification-") and not listed
        if now.type.startswith("qualification-") and _opens_list(unit.text):
            listing = ""  # its items' kind of marker still to come
        elif listing is not None and item:
            listing = marker
        elif not goes_on:
            listing = None
    return out


def _ends_paragraph(text: str) -> bool:
    """Whether a unit ends with a blank line: its paragraph ends with it."""
    return text[len(text.rstrip()) :].count("\n") >= 2


_SUBJECT_TO = re.compile(
    r"(?i)\bsubject\s+to(?:\s+the\s+following(?:\s+(?:qualifications|exceptions|limitations))?)?\W*$"
)
"""A lead-in ending "... are subject to:" or "... is subject to the following:": its words name
no type of their own (one was typed the existence opinion, after the opinions it names)."""


def _lead_in_own_words(decision: Decision, evidence: _Evidence | None) -> Decision:
    """A lead-in whose own words strongly name a list's type ("You have advised that:"), and
    not the type the sequence of types gave it for its neighbours' sake (its items, whose facts
    read like an engagement, outvote it), is of the type it names: the list follows its
    lead-in, not the other way round."""
    if evidence is None or not evidence.shares:
        return decision
    own = max(evidence.shares, key=lambda t: evidence.shares[t])
    named = evidence.distinct.get(own, 0.0) >= STRONG_CUE and evidence.shares[own] >= 0.5
    if own == decision.type or own not in LIST_TYPES or not named:
        return decision
    if evidence.distinct.get(decision.type, 0.0):  # its words name the type it was given too
        return decision
    return evidence.decide(own)


def _first_kind(lead: Decision, item: Decision, evidence: _Evidence | None) -> Decision:
    """A lead-in to assumptions ("In our examination, we have assumed:") has no kind of its own:
    it takes the kind its first item's own words name ("(a) the genuineness of all signatures"),
    and makes one clause with it."""
    if evidence is None or item.type == lead.type or not _names_assumption(evidence, item):
        return lead
    reason = "introduces a list of assumptions, of the kind its first item names"
    return Decision(item.type, round(item.confidence * CONTEXT, 2), reason)


def _own_words(evidence: _Evidence | None, lead: tuple[Decision, bool, str]) -> bool:
    """Whether a sentence after an item has wording of a type other than the list's (or, in an
    opinion's list, of no opinion): a new paragraph, where a letter runs its paragraphs
    together ("... (5) the bylaws. In our review, we have assumed ...")."""
    if evidence is None:
        return False
    others = [t for t in evidence.cue_weights if t != lead[0].type]
    return any(not (lead[1] and t.startswith("opinion-")) for t in others)


def _assumes_on(before: Unit, decision: Decision, lead: tuple[Decision, bool, str]) -> bool:
    """Whether a sentence going on with an item of a list of assumptions, of a kind its own
    words name, is one more assumption of the list, not the next paragraph (the list goes on
    after it)."""
    assumed = lead[0].type.startswith("assumption-") and not lead[1]
    return assumed and _same_line(before) and decision.type.startswith("assumption-")


def _unmarked_item(before: Unit, unit: Unit) -> bool:
    """Whether `unit` is the next item of a list whose items have no marker: the one before ends
    its item (";", "; and") and this one opens in lower case ("We have assumed:" / "that the
    Resolutions were duly passed;" / "that no invitation has been made to the public"), on a
    line of its own (not "...; we note that the Searches ...", the item going on)."""
    ended = _ITEM_ENDS.search(before.text.rstrip())
    return bool(ended and not _same_line(before) and _RESUMES.match(unit.text))


_ITEM_ENDS = re.compile(r"[;:](?:\s*(?:and|or))?$")


def _same_line(before: Unit) -> bool:
    """Whether the next unit starts on the line where `before` ends: a sentence that goes on
    with an item (where paragraphs are set apart by a line break alone, a line break may start
    the next paragraph)."""
    return "\n" not in before.text[len(before.text.rstrip()) :]


def _marker_kind(text: str) -> str | None:
    """The kind of an item's marker: "paren" for "(a)", "(iv)", "(3)"; "bracket" for "a)";
    "number" for "3."; "decimal" for "3.1"; None for a unit that is no item."""
    m = _LIST_ITEM.match(text)
    if not m or is_section_heading(text) or opens_with_caption(text):
        return None  # "3. Assumptions" / "In giving this opinion ...": a new part, no item
    if m.group("u"):
        return "bullet"
    if m.group("e"):
        return "decimal"
    return "paren" if m.group("p") else "bracket" if m.group("b") else "number"


def _opens_list(text: str) -> bool:
    """Whether a unit ends in a colon (a table's cell bars after it aside), or names its list's
    first items itself ("we have examined the following: | 1. | ...; | 2. | ...;", "we have
    assumed:\n- the genuineness ...")."""
    flat = text.rstrip(" \t\r\n|")  # every empty cell after it too ("...:\n|\n|")
    return flat.endswith(":") or bool(
        _NAMES_FIRST_ITEM.search(flat) or _ASSUMES_INLINE.search(flat) or _ASSUMES_END.search(flat)
    )


_UNMARKED_FIRST = r":[ \t]*\n\s*(?=[a-z]+ )"
"""A colon, then a list's first item with no marker, in lower case on a line of its own ("We
have assumed:" / "the genuineness of all signatures ...;")."""
_NAMES_FIRST_ITEM = re.compile(
    r":[\s|]*(?:\(\w{1,4}\)|\d{1,2}\.)\s|"
    rf":[ \t]*\n\s*{BULLET_MARK}[ \t]|{_UNMARKED_FIRST}"
)
"""A colon, then the first item's marker: "(a)", "1.", or a bullet at the start of a line; or
an item with no marker (_UNMARKED_FIRST)."""
_UNMARKED_FIRST_ITEM = re.compile(_UNMARKED_FIRST)
_UNMARKED = "unmarked"
"""The kind of marker of a list whose items have none: a unit with a marker is none of them."""


_ASSUMES_INLINE = re.compile(
    rf"(?i)\b(?:{WE_ASSUMED}(?:{NOT_VERIFIED})?|assuming)(?:,[^.;:]{{0,60}},)?(?:\s+that)?"
    r"(?:,[^.;:]{0,100}?,)?,?\s*"
    r"(?=\((?:a|i|1)\)\s)"
)
"""An assumption whose list runs on in its sentence, with no colon: "We have further assumed
that (i) ..., (ii) ..." / "we have also assumed (i) that ..." / "we have assumed that, at the
time any Shares are issued, (i) ...", read up to the first marker."""
_ASSUMES_END = re.compile(rf"(?i)\b{WE_ASSUMED}(?:,[^.;:]{{0,60}})?(?:,|\s+that)?$")
"""A lead-in cut from its items at their first marker ("For purposes of this letter, we have
assumed, without independent investigation," / "(a) the genuineness ..."; "4. We have assumed"
/ "(i) the genuineness ...")."""
_ANNOUNCES_LIST = re.compile(
    r"(?i)\b(?:the\s+following|as\s+follows|namely|"
    r"(?:listed|set\s+(?:out|forth)|described|identified|specified)\s+below|"
    r"(?:each|every|all)\s+(?:such|of\s+(?:the|these|those)(?:\s+following)?)\s+"
    r"(?:representations?|statements?))\b"
)
"""Words that announce a list as a whole ("we have examined the following documents:"), not
each item's own clause ("We have also assumed, without independent verification, that:"); or
that take up the list the sentence announced before a cut ("we have relied upon the following
representations ..., | and we have assumed that each such representation is true:")."""


_ASSUMPTIONS_LEAD = re.compile(FOLLOWING_ASSUMPTIONS, re.IGNORECASE)


def _lists_conditions(text: str, decision: Decision) -> bool:
    """Whether an opinion ends by listing its conditions ("2. ... the Merger Shares, when
    issued ..., will be validly issued, fully paid and nonassessable, provided that:"): its
    items are the opinion's, not assumptions, though they read like them ("(a) the
    Registration Statement has become effective")."""
    return decision.type.startswith("opinion-") and bool(_CONDITIONS_LEAD.search(text))


_CONDITIONS_LEAD = re.compile(
    r"(?i)\b(?:provided(?:,? however,?)?(?: that)?|when|upon|if|once|after|at such time as|"
    r"on condition that)\W*$"
)
"""The last words of an opinion that lists its conditions ("... will be validly issued,
provided that:")."""


def _assumed(evidence: _Evidence | None) -> Decision:
    """A lead-in to a list of assumptions, as sure as its words are of other assumptions."""
    sure = evidence.sure.get(ASSUMED, 0.0) if evidence is not None else 0.0
    return Decision(ASSUMED, round(sure, 2), "introduces a list of assumptions")


def _holds_first_item(text: str) -> bool:
    """Whether a lead-in holds its list's first item after the colon (a list of unpunctuated
    bullets is cut before each later item only)."""
    flat = text.rstrip(" \t\r\n|")
    return not flat.endswith(":") and not _ASSUMES_END.search(flat)


def _assumes_list(text: str) -> bool:
    """Whether a lead-in ending in a colon introduces assumptions: its last phrase ends "we
    (have) assumed (that):" or "assuming that:", or it names "the following assumptions". A
    lead-in holding its first item is read up to that item's marker."""
    if first := _NAMES_FIRST_ITEM.search(text):
        text = text[: first.start() + 1]
    elif inline := _ASSUMES_INLINE.search(text):
        text = text[: inline.end()]
    flat = " ".join(text.split()).rstrip(" |:")
    tail = flat[max(flat.rfind("."), flat.rfind(";")) + 1 :]
    return bool(ASSUMES_LIST.search(tail) or _ASSUMPTIONS_LEAD.search(flat))


def _list_lead(
    text: str, decision: Decision, evidence: _Evidence | None
) -> tuple[Decision, bool, str] | None:
    """The lead-in of a list, when its type passes to the items: a type of LIST_TYPES named by
    its own words, the opinion (its last phrase speaks of it), or an assumption (see
    _assumes_list): the lead-in's own type when it is an assumption, else assumption-other."""
    if leads_into_opinion(text) and not _ASSUMPTIONS_LEAD.search(" ".join(text.split())):
        # ("Our opinion is further based on the assumptions that:" leads into assumptions)
        if evidence is not None and evidence.distinct.get(TAX_OPINION, 0.0) >= STRONG_CUE:
            # its own words give a tax opinion, whatever the types around it made likelier
            sure = round(evidence.sure.get(TAX_OPINION, 0.0), 2)
            decision = Decision(TAX_OPINION, sure, "leads into the tax opinion")
        return decision, True, ""
    if _lists_conditions(text, decision):
        return decision, True, ""
    if _assumes_list(text):
        # a kind of assumption the lead-in was given for its first item's sake ("we have
        # assumed:" / "(a) the genuineness ...") is no kind for the items that name none
        # (not facts relied on for a list it calls assumptions: "our opinion is conditioned
        # on the following assumptions, each made without independent verification:")
        announced = decision.type == RELIED and _ASSUMPTIONS_LEAD.search(" ".join(text.split()))
        if evidence is not None and _names_assumption(evidence, decision) and not announced:
            return decision, False, ""
        return _assumed(evidence), False, ""
    weight = evidence.distinct.get(decision.type, 0.0) if evidence is not None else 0.0
    if decision.type not in LIST_TYPES or not weight:
        return None
    if _ANNOUNCES_LIST.search(text):
        return decision, False, ""
    if decision.type in (RELIED, EXAMINED) and weight >= STRONG_CUE and not _ASSUMING.search(text):
        # "You have advised us that:" - the facts it was told; "we have reviewed and relied
        # upon:" - the papers (not "We have also assumed, without independent verification,
        # that:", whose items are each their own kind)
        return decision, False, ""
    # the engagement's lead-in to what is registered ("... which covers sales in one or more
    # tranches of:") announces no list in words, but its items ("(1) ordinary voting stock;
    # ...") are the securities it names; a numbered paragraph after it ("1. To write ...") is not
    return (decision, False, "paren") if decision.type == "engagement" else None


def _as_item(
    decision: Decision, lead: Decision, opinion: bool, evidence: _Evidence | None, item: bool
) -> Decision:
    """An item's (or its next sentence's) decision under a lead-in."""
    if opinion:
        return decision if not item else _as_opinion(decision, lead, evidence)
    if evidence is None:
        return decision
    assumed = lead.type.startswith("assumption-")
    if assumed and _names_assumption(evidence, decision):
        # an assumption of a kind it names ("(b) the genuineness of ..."), whatever kind the
        # lead-in's own aside gave it ("we have assumed, without independent verification,")
        return decision
    if assumed and (kind := _assumption_named(evidence)):
        # "(ii) that each party ... is duly organized": worded as the existence opinion, but
        # in a list of assumptions what it names is the other parties' assumption
        return evidence.decide(kind)
    reason = "an item of the list the clause before it introduces"
    if not evidence.cue_weights.keys() - {lead.type}:
        # no wording of another type ("(vi) the Plan;"): as sure as the lead-in, faded as a
        # paragraph's next sentence is, however little its few words resemble
        carried = round(lead.confidence * CONTEXT, 2)
        if decision.type == lead.type and decision.confidence >= carried:
            return decision
        return Decision(lead.type, carried, f"{reason}, with no wording of another type")
    if decision.type == lead.type:
        return decision
    # as sure as its own evidence for the list's type: its words were overruled, so a person
    # should look at it unless they point that way too
    return Decision(lead.type, round(evidence.sure.get(lead.type, 0.0), 2), reason)


def _assumption_named(evidence: _Evidence) -> str | None:
    """The kind of assumption a unit's own words name most strongly, if any."""
    named = {t: w for t, w in evidence.distinct.items() if t.startswith("assumption-") and w}
    return max(named, key=lambda t: named[t]) if named else None


def _names_assumption(evidence: _Evidence, decision: Decision) -> bool:
    """Whether a unit was given a kind of assumption its own words name (not only its nearest
    examples' vote)."""
    return decision.type.startswith("assumption-") and decision.type in evidence.distinct


def _as_opinion(decision: Decision, lead: Decision, evidence: _Evidence | None) -> Decision:
    """An item of the opinion's list is an opinion: of the type its words point to most, or the
    lead-in's when they point to none. Under a tax opinion's lead-in ("we are of the opinion
    that for federal income tax purposes:") every item is a tax conclusion unless its own words
    name another opinion: "(a) The transfer of the assets ... solely for Fund Shares ..." speaks
    of shares, not of their issue."""
    if evidence is None:
        return decision
    strong = [t for t, w in evidence.distinct.items() if w >= STRONG_CUE]
    if strong and not any(t.startswith("opinion-") for t in strong):
        return decision  # "(c) subject to bankruptcy ...": words of its own
    if lead.type == TAX_OPINION and not strong:
        if decision.type == TAX_OPINION:
            return decision
        reason = "an item of the tax opinion's list the clause before it introduces"
        return Decision(TAX_OPINION, round(evidence.sure.get(TAX_OPINION, 0.0), 2), reason)
    if decision.type.startswith("opinion-"):
        named = [t for t in strong if t.startswith("opinion-")]
        if named and decision.type not in evidence.distinct:
            # the opinion before it gave it its type ("2. ... has the power" / "3. ... its
            # Guarantee has been duly authorized"), but its own words name another opinion
            best = max(named, key=lambda t: evidence.distinct[t])
            reason = "an item of the opinion's list, of the opinion its own words name"
            return Decision(best, round(evidence.sure.get(best, 0.0), 2), reason)
        return decision
    opinions = {t: s for t, s in evidence.shares.items() if t.startswith("opinion-")}
    if opinions:
        best = max(opinions, key=lambda t: opinions[t])
    elif lead.type.startswith("opinion-"):
        best = lead.type
    else:
        return decision
    reason = "an item of the opinion's list the clause before it introduces"
    return Decision(best, round(evidence.sure.get(best, 0.0), 2), reason)


def _continues(before: Unit, unit: Unit) -> bool:
    """Whether `unit` continues the paragraph of `before`: no blank line and no deeper
    indentation between them, and it is not an item of a list (a list of assumptions mixes
    types from one item to the next)."""
    if _ITEM.match(unit.text):
        return False
    lead = before.text.rstrip()
    gap = before.text[len(lead) :]
    indented = "\n" in gap and unit.text[:1] in (" ", "\t")
    return "\n" not in gap.replace("\n", "", 1) and not indented


def _normalise(grams: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    log = math.log
    weights = {g: (1.0 if c == 1 else 1.0 + log(c)) * idf[g] for g, c in grams.items() if g in idf}
    return _unit_length(weights)


def _opens_with_its_wording(text: str, ctype: str) -> bool:
    """Whether a clause opens with its type's wording ("We have acted as special Louisiana
    counsel to ..."): it is plainly of its type however unlike the bank's clauses its names and
    places make it (see OPENING_CUE)."""
    _, hits, distinct = cue_evidence(text)
    return _opens_with(hits, distinct, text, ctype)


def _opens_with(
    hits: Mapping[str, CueHit], distinct: Mapping[str, float], text: str, ctype: str
) -> bool:
    hit = hits.get(ctype)
    if hit is None or distinct.get(ctype, 0.0) < OPENING_CUE:
        return False
    flat = " ".join(text.split())
    return hit.at_start or bool(_SUBJECT_FIRST.fullmatch(flat[: flat.find(hit.quote)]))


_SUBJECT_FIRST = re.compile(r"(?i)\W*(?:we|i)\s+")
"""What may stand before a clause's opening wording: its subject ("We have acted as ...")."""


def _unit_length(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {g: w / norm for g, w in weights.items()}


def _transitions(sequences: list[list[str]]) -> dict[tuple[str, str], float]:
    """P(next type | type), smoothed so that no step is impossible, but for a step back into
    the heading: the letter has begun, and what comes after is no letterhead, whatever it
    resembles ("except to the extent Sections 5-1401 and 5-1402 ... give effect" was)."""
    types = load_taxonomy().slugs
    counts: Counter[tuple[str, str]] = Counter()
    for seq in sequences:
        counts.update(itertools.pairwise(seq))
    table = {}
    for a in types:
        row = sum(counts[a, b] for b in types) + len(types) * 2.0
        for b in types:
            table[a, b] = (counts[a, b] + 2.0) / row
        if a != "heading":
            table[a, "heading"] = _NO_WAY_BACK
    return table


_NO_WAY_BACK = 1e-12
