"""How likely an imported clause's type is wrong: what decides the review flag.

The recogniser's vote says how sure it is of each unit; on letters of firms it has not seen,
that alone flagged a fifth of all clauses and still missed a quarter of the wrong ones: a long
clause doing two jobs, or a type that the cues name plainly but the bank's clauses do not
resemble, came out sure. So each clause is judged again as a whole, on signals measured over
its text: the vote, how the evidence splits between its type and a rival, how strong each
type's wording is, how like the bank's clauses of its type it is, how long it is, where it sits
and what type it was given. A logistic model weighs them; its weights are fitted on labelled
letters by `bench/flag_model.py` and kept in `flag_model.yaml` beside this module. The chance
that the type is right becomes the clause's confidence, and a clause below `review_below` is
flagged with the strongest reasons in words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from precedent_bank.importer.recogniser import FRAME_TYPES, Judged
from precedent_bank.taxonomy import load_taxonomy

TYPES = tuple(load_taxonomy().slugs)
"""Each type's clauses go wrong more or less often: one signal for each (on the testers' sets,
one for each family of types caught fewer wrong clauses for as many flagged)."""
FEATURES = (
    "vote",
    "share",
    "sure",
    "rival_share",
    "own_cue",
    "other_cue",
    "nearest",
    "likeness",
    "opens",
    "length",
    "sentences",
    "position",
    "doubt",
    *(f"is_{t}" for t in TYPES),
)
"""The signals the model weighs, in the order flag_model.yaml lists them."""
_SENTENCE_END = re.compile(r"[a-z0-9)][.;:]\s+(?:\(?[a-z0-9]{1,4}\)|[A-Z])")
"""The end of a sentence or of a list's item, with the next one after it."""


def signals(
    ctype: str, text: str, vote: float, doubt: str, place: tuple[int, int], judged: Judged
) -> dict[str, float]:
    """A clause's signals, each scaled to about 0-1: `vote` is the recogniser's confidence,
    `place` the clause's index and the letter's number of clauses."""
    visible = len("".join(text.split()))  # (counted in C: a character at a time was 3% of import)
    index, count = place
    values = {
        "vote": vote,
        "share": judged.share,
        "sure": judged.sure,
        "rival_share": judged.rival_share,
        "own_cue": min(judged.own_cue, 5.0) / 5.0,
        "other_cue": min(judged.other_cue, 3.0) / 3.0,
        "nearest": judged.nearest,
        "likeness": judged.likeness,
        "opens": 1.0 if judged.opens else 0.0,
        "length": math.log(visible + 1) / 8.0,
        "sentences": min(len(_SENTENCE_END.findall(text)), 6) / 6.0,
        "position": index / max(count, 1),
        "doubt": 1.0 if doubt else 0.0,
    }
    values.update({f"is_{t}": 1.0 if ctype == t else 0.0 for t in TYPES})
    return values


@dataclass(frozen=True)
class FlagModel:
    """The fitted weights (flag_model.yaml)."""

    weights: Mapping[str, float]
    intercept: float
    means: Mapping[str, float]
    """Each signal's mean over the clauses it was fitted on: a reason is a signal far from it."""
    review_below: float
    """A clause whose confidence (the chance its type is right) is below this is flagged."""

    def confidence(self, values: Mapping[str, float]) -> float:
        """The chance that the clause's type is right."""
        z = self.intercept + sum(w * values[f] for f, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(z))  # the model gives the odds of a wrong type

    def why(self, values: Mapping[str, float], ctype: str, judged: Judged, where: str = "") -> str:
        """The one or two signals that most raised the chance of a wrong type, in words, and the
        type next most likely; the vote's says `where` it was least sure, when that is not the
        clause's first sentence."""
        raised = []
        for f, w in self.weights.items():
            if f not in _WORDS or (
                f in _OF_WORDING and (ctype in FRAME_TYPES or not judged.compared)
            ):
                continue  # a heading's or signature's words are names and places
            direction, _ = _WORDS[f]
            off = values[f] - self.means[f]
            if w * off > 0 and off * direction > 0:  # the words say which way it is off
                raised.append((w * off, f))
        words = []
        for _, f in sorted(raised, reverse=True)[:2]:
            said = _WORDS[f][1](values, ctype, judged)
            if f == "vote" and where:  # a clause of several sentences: which one
                opening = " ".join(where.split())
                opening = opening if len(opening) <= _AT else opening[: _AT - 3].rstrip() + "..."
                said += f' at "{opening}"'
            words.append(said)
        said = "; ".join(words) or f"{ctype} clauses like it were often mistyped on import"
        if judged.rival and judged.rival != ctype and judged.rival not in said:
            said += f"; next most likely: {judged.rival}"  # what the reviewer may retype it as
        return said


_AT = 40
"""Characters of the least sure sentence quoted to say where the vote was unsure."""
_OF_WORDING = frozenset({"own_cue", "likeness"})
"""Signals of a clause's wording, which say nothing of the letter's frame."""
_Words = tuple[int, Callable[[Mapping[str, float], str, Judged], str]]
_WORDS: dict[str, _Words] = {
    "vote": (
        -1,
        lambda v, t, j: f"the bank's clauses most like it disagree: {v['vote']:.0%} for {t}",
    ),
    "share": (-1, lambda v, t, j: f"only {j.share:.0%} of the evidence points to {t}"),
    "sure": (-1, lambda v, t, j: f"there is little evidence for {t} at all"),
    "rival_share": (1, lambda v, t, j: f"{j.rival_share:.0%} of the evidence points to {j.rival}"),
    "other_cue": (1, lambda v, t, j: f"it has the wording of {j.other or 'another type'} too"),
    "own_cue": (-1, lambda v, t, j: f"it has little of the wording of {t}"),
    "nearest": (-1, lambda v, t, j: f"few of the nearest clauses in the bank are {t}"),
    "likeness": (-1, lambda v, t, j: f"it is little like the bank's {t} clauses"),
    "length": (1, lambda v, t, j: "long for one clause: it may do two jobs"),
    "sentences": (1, lambda v, t, j: "several sentences or items: it may do two jobs"),
    **{f"is_{s}": (1, lambda v, t, j: f"{t} clauses are often mistyped on import") for s in TYPES},
}
"""Each signal's reason, told when it most raised the chance of a wrong type, and which way
the signal must be off for the words to be true (1: above its mean, -1: below it)."""


@lru_cache(maxsize=1)
def flag_model() -> FlagModel:
    """The weights bundled with the package (fitted by bench/flag_model.py)."""
    return read_model((files("precedent_bank.importer") / "flag_model.yaml").read_text())


def read_model(text: str) -> FlagModel:
    """A model as bench/flag_model.py writes it."""
    data = yaml.safe_load(text)
    weights = data["weights"]
    if tuple(weights) != FEATURES:  # the file and the code name the same signals, in order
        raise RuntimeError("flag_model.yaml does not weigh the signals flagging.py measures")
    return FlagModel(
        {f: float(w) for f, w in weights.items()},
        float(data["intercept"]),
        {f: float(m) for f, m in data["means"].items()},
        float(data["review_below"]),
    )
