"""The plain words every match of a regular expression contains.

A unit of a letter is read against some 380 cue patterns, and almost all of them fail: reading
the words a pattern cannot match without first rules most of them out
before the pattern runs. The words are found from the pattern's parse tree. Python has no
public interface to it; `re._parser` is the module `re` itself compiles with (3.11 and later),
and a test checks on the bundled letters that no cue that matches is ever ruled out. Which of
the words a sentence holds is found in one pass over it (WordFinder).
"""

from __future__ import annotations

import re
import re._constants as op  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

import ahocorasick  # type: ignore[import-not-found]  # (a C extension with no type stubs)

SHORTEST = 3
"""Shorter runs of plain characters ("of", "a ") are in nearly every unit: no help."""

Needs = tuple[frozenset[str], ...]
"""Sets of words, lower case: a text a pattern matches holds at least one word of each set."""


def needs(pattern: re.Pattern[str]) -> Needs:
    """What any text `pattern` matches must hold (lower case, for lower-case text: a pattern's
    capital letters can match nothing there, so lowering them rules out no match)."""
    found = _needs(list(parser.parse(pattern.pattern, pattern.flags)))
    return tuple(dict.fromkeys(frozenset(w.lower() for w in words) for words in found))


def _needs(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if len(plain := "".join(run)) >= SHORTEST:
            found.append(frozenset([plain]))
        run.clear()

    for code, arg in items:
        if code is op.LITERAL:
            run.append(chr(arg))
            continue
        if code is op.AT:  # "\b", "^": they take no characters, so a run goes on across them
            continue
        end_run()
        found.extend(_needs_of(code, arg))
    end_run()
    return found


def _needs_of(code: Any, arg: Any) -> list[frozenset[str]]:
    """What one part of a pattern other than a plain character needs (nothing where unsure)."""
    if code is op.SUBPATTERN:  # a group: (group, flags on, flags off, its items)
        return _needs(list(arg[-1]))
    if code is op.ATOMIC_GROUP:
        return _needs(list(arg))
    if code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
        least, _, body = arg
        return _needs(list(body)) if least >= 1 else []
    if code is op.ASSERT:  # a lookahead or lookbehind must match too: (direction, its items)
        return _needs(list(arg[1]))
    if code is op.BRANCH:  # one of the alternatives: each must need something, or none is known
        wanted = [_needs(list(branch)) for branch in arg[1]]
        if not all(wanted):
            return []
        return [frozenset().union(*(max(sets, key=telling) for sets in wanted))]
    return []  # a character class, any character, a negative lookaround, a back reference


def telling(words: frozenset[str]) -> tuple[int, int]:
    """Longer words rule out more; so do fewer of them."""
    return min(map(len, words)), -len(words)


class WordFinder:
    """Which of many words a text holds, found in one pass over it (an Aho-Corasick automaton):
    a substring test for each of a thousand words, for each sentence, was a tenth of an
    import's time."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in set(words):
            self._automaton.add_word(word, word)
        self._automaton.make_automaton()

    def found(self, text: str) -> frozenset[str]:
        """The words `text` holds (overlapping ones too: "assumed" and "we have assumed")."""
        if not len(self._automaton):
            return frozenset()
        return frozenset(map(itemgetter(1), self._automaton.iter(text)))


def holds(needed: Needs, found: frozenset[str]) -> bool:
    """Whether the words a text holds (WordFinder.found) include one of each set."""
    return all(not words.isdisjoint(found) for words in needed)
