"""The importer: filed opinion letters in, annotated records out.

`learn()` builds the recogniser from the bank's own records; `import_files()` reads each file,
drafts a record per letter and (unless it is a dry run) writes it; every file's outcome is
reported, and one bad file never stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from precedent_bank.atomic import write_atomically, write_exclusively
from precedent_bank.errors import SourceError, printable
from precedent_bank.importer.letter import Letter
from precedent_bank.importer.options import ImportOptions, Known
from precedent_bank.importer.recogniser import Recogniser, training_letters
from precedent_bank.importer.record import Draft, draft_record
from precedent_bank.importer.sources import SUFFIXES, read_letters
from precedent_bank.records.bank import Bank
from precedent_bank.records.letter import text_digest
from precedent_bank.records.loader import LoadedRecord
from precedent_bank.records.paths import MAX_RECORD_BYTES, SCHEMA_FILE
from precedent_bank.records.yamlio import dump_yaml, load_plain, without_invisible

SCHEMA = Path(SCHEMA_FILE)

__all__ = [
    "Draft",
    "ImportOptions",
    "Outcome",
    "Recogniser",
    "find_sources",
    "import_files",
    "known_letters",
    "learn",
    "text_digest",
]


@dataclass
class Outcome:
    """What became of one letter (or of a file that could not be read)."""

    file: Path
    name: str
    draft: Draft | None = None
    written: Path | None = None
    target: Path | None = None
    """Where its record is written, or in a dry run would be (its id may not be the draft's:
    "-2" when the draft's is taken)."""
    yaml: str = ""
    error: str | None = None
    skipped: bool = False
    """Imported before and left as it is (`error` says where): not a failure."""
    warnings: list[str] = field(default_factory=list)


def learn(bank: Bank) -> Recogniser:
    """A recogniser trained on the bank's records (clauses awaiting review do not count)."""
    return Recogniser(training_letters(bank.records))


def find_sources(paths: Iterable[Path]) -> list[Path]:
    """The importable files among `paths`, each once however often it is named (folders are
    searched recursively, through links to folders; a broken link is kept, to be reported)."""
    found: list[Path] = []
    seen: set[str] = set()
    for path in paths:
        for source in _letters_under(path) if path.is_dir() else [path]:
            if (real := os.path.realpath(source)) not in seen:
                seen.add(real)
                found.append(source)
    return found


def _letters_under(folder: Path) -> list[Path]:
    """The files with a letter's suffix under `folder`, in name order. A link to a folder is
    followed (a firm's "deals-2023" may be one), each real folder once, so a loop ends - but
    not a link to a folder holding the one searched ("up -> ..", "root -> /"), which would
    search everything around it, a whole disk."""
    found, folders = [], set()
    top = os.path.realpath(folder)
    for root, subfolders, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in folders:
            subfolders.clear()
            continue
        folders.add(real)
        subfolders[:] = [name for name in subfolders if not _holds(Path(root, name), top)]
        for name in files:
            path = Path(root, name)
            # a broken link, to a letter or to a folder of them, is reported, whatever its name
            if path.suffix.lower() in SUFFIXES or (path.is_symlink() and not path.exists()):
                found.append(path)
    return sorted(found)


def _holds(link: Path, top: str) -> bool:
    """Whether `link` is a link to `top` or to a folder above it."""
    if not link.is_symlink():
        return False
    target = os.path.realpath(link)
    return top == target or top.startswith(target.rstrip(os.sep) + os.sep)


def import_files(
    paths: list[Path], recogniser: Recogniser, taken: set[str], options: ImportOptions
) -> Iterator[Outcome]:
    """Import each file in turn; `taken` holds record ids already in the bank. A firm is
    spelled as the bank spells it, or else as the first letter of this run that names it, so
    that a firm imported in one batch lists once ("Ropes & Gray" and "ROPES & GRAY LLP")."""
    firms = list(options.firms)
    seen: Seen = {}
    texts: dict[str, list[tuple[str, str | None]]] = {}
    for key, shown, name in options.texts:
        texts.setdefault(key, []).append((shown, name))
    for path in paths:
        name = printable(path.name)
        if path.is_symlink() and not path.exists():
            target = printable(os.readlink(path))
            yield Outcome(path, name, error=f"is a link to {target}, which does not exist")
            continue
        try:
            letters = read_letters(path, options.max_bytes)
        except SourceError as exc:
            yield Outcome(path, name, error=str(exc))
            continue
        except OSError as exc:
            yield Outcome(path, name, error=f"cannot be read ({exc.strerror})")
            continue
        for letter in letters:
            outcome = _import_letter(letter, recogniser, taken, options, firms, texts, seen)
            if outcome.draft and (firm := outcome.draft.facts.firm) and firm not in firms:
                firms.append(firm)
            yield outcome


def known_letters(records: Iterable[LoadedRecord], folders: Iterable[Path]) -> list[Known]:
    """The letters held by the bank's `records` and by every other record file under `folders`
    (the bank's, an --out folder outside it): a record that fails validation, or was moved into
    a sub-folder, still holds its letter."""
    known: list[Known] = []
    loaded = set()
    for record in records:
        loaded.add(record.path.resolve())
        imported = record.precedent.imported
        name = imported.file if imported else None
        known += [(key, record.display_path, name) for key in letter_keys(record.precedent.text)]
    walked: set[Path] = set()
    for folder in folders:
        if not folder.is_dir() or folder.resolve() in walked:  # the bank named twice
            continue
        walked.add(folder.resolve())
        for path in sorted(folder.rglob("*.yml")):
            if (real := path.resolve()) in loaded:
                continue
            loaded.add(real)
            name, text = _earlier(path)
            if text is not None:
                known += [(key, str(path), name) for key in letter_keys(text)]
    return known


def letter_keys(text: str) -> tuple[str, str]:
    """What a letter is known by in the bank: its text's digest, and its words' (the same
    letter read from another format - its Word file and its PDF - differs in line breaks,
    spaces and the shape of its quotes and dashes, not in words)."""
    words = " ".join(text.translate(_PLAIN_MARKS).split())
    return text_digest(text), "words:" + text_digest(words)


_PLAIN_MARKS = str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2014\u00a0", "''\"\"-- ")
"""Word's curly quotes, dashes and non-breaking space, as a plain text copy types them."""


def _import_letter(
    letter: Letter,
    recogniser: Recogniser,
    taken: set[str],
    options: ImportOptions,
    firms: list[str],
    texts: dict[str, list[tuple[str, str | None]]],
    seen: Seen,
) -> Outcome:
    if (size := len(letter.text.encode("utf-8", "surrogatepass"))) > MAX_RECORD_BYTES:
        return Outcome(letter.file, letter.name, error=_too_big(size, "its text alone"))
    draft = draft_record(letter, recogniser, known_firms=firms)
    outcome = Outcome(letter.file, letter.name, draft, warnings=list(letter.warnings))
    outcome.warnings += [f"not found: {name}" for name in draft.facts.missing]
    if (name := printable(letter.file.name)) != letter.file.name:
        outcome.warnings.append(
            f"its file name is not UTF-8 or holds control characters: recorded as '{name}'"
        )
    if hidden := sorted(set(letter.text) - set(without_invisible(letter.text))):
        codes = ", ".join(f"U+{ord(c):04X}" for c in hidden)
        outcome.warnings.append(
            f"invisible characters kept in the letter as written ({codes}), left out of its facts"
        )
    outcome.yaml = dump_yaml(draft.data, header=_schema_comment(options.out))
    if (size := len(outcome.yaml.encode("utf-8"))) > MAX_RECORD_BYTES:
        # `validate` and the build refuse such a record: one letter must not stop the site
        outcome.error = _too_big(size, "its record")
        return outcome
    namesakes: list[Path] = []
    digest = draft.data["imported"]["text_sha256"]  # the letter's, hashed once, for its record
    ids = _free_ids(draft.record_id, letter, options.out, taken, namesakes, seen)
    if before := _same_letter_in_bank(letter, texts.get(digest, [])):
        # its facts read otherwise this time (the bank has taught the recogniser since, or a
        # reviewer changed them), so its id is another: the letter is the same all the same
        ids = iter([(before.stem, True)])
    for record_id, same_letter in ids:
        target = before or options.out / f"{record_id}.yml"
        if same_letter and options.force and _reviewed(target):
            outcome.error = (
                f"{target} is already imported and reviewed: --force would throw its review "
                "away. Delete it, or set its status to draft, to import the letter again"
            )
            return outcome
        if same_letter and not options.force:
            if options.dry_run:  # shown all the same: the run is for seeing what would be done
                outcome.warnings.append(f"already imported as {target}: skipped without --force")
                outcome.skipped = True
                break
            outcome.error = f"already imported as {target} (use --force to overwrite it)"
            outcome.skipped = True
            return outcome
        if options.dry_run:
            break
        if _write(target, outcome, overwrite=same_letter):
            seen[target] = letter.name, digest
            break
        if outcome.error or _earlier(target) == (letter.name, letter.text):
            outcome.error = outcome.error or f"already imported as {target} by another import"
            return outcome
    outcome.target = target
    if record_id != draft.record_id and not before:
        outcome.warnings.append(f"id {draft.record_id} is taken; using {record_id}")
    words = letter_keys(letter.text)[1]
    if other := _elsewhere(texts.get(digest, []), target):
        # another file name: the same letter all the same
        outcome.warnings.append(f"the same text as {other}: imported before?")
    elif other := _elsewhere(texts.get(words, []), target):
        outcome.warnings.append(
            f"the same words as {other}, laid out otherwise: the same letter in another format?"
        )
    for key in (digest, words):  # a dry run too: it says what the run would say
        texts.setdefault(key, []).append((str(target), letter.name))
    if namesakes:  # (named at most three: a submission of 1,000 "EX-5.1"s names 999)
        shown = ", ".join(map(str, namesakes[:_NAMESAKES_SHOWN]))
        more = len(namesakes) - _NAMESAKES_SHOWN
        outcome.warnings.append(
            f"{shown}{f' and {more} more' if more > 0 else ''} "
            f"{'was' if len(namesakes) == 1 else 'were'} imported from a file named "
            f"{letter.name} too, with other text: kept beside this one (delete "
            f"{'it' if len(namesakes) == 1 else 'them'} if this letter replaces "
            f"{'it' if len(namesakes) == 1 else 'them'})"
        )
    taken.add(record_id)
    return outcome


_NAMESAKES_SHOWN = 3


def _too_big(size: int, what: str) -> str:
    return (
        f"{what} would be {size:,} bytes, over the {MAX_RECORD_BYTES:,} a record may hold: is it "
        "one letter? Import its parts as separate files"
    )


def _write(target: Path, outcome: Outcome, *, overwrite: bool) -> bool:
    """Write the record; False if another import took the name first (or writing failed)."""
    try:
        if overwrite:
            write_atomically(target, outcome.yaml)
        else:
            write_exclusively(target, outcome.yaml)
    except FileExistsError:
        return False
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        outcome.error = f"cannot write {target}: {reason}"
        return False
    outcome.written = target
    return True


def _free_ids(
    record_id: str, letter: Letter, out: Path, taken: set[str], namesakes: list[Path], seen: Seen
) -> Iterator[tuple[str, bool]]:
    """The draft's id, then "-2", "-3" ...: each id that is free or holds this same letter.

    The flag says the file there is this letter, imported before: from a file of the same name
    (two folders may each hold an "opinion.txt"), with the same text (a reviewer's cuts and
    types do not change it). A record from a file of the same name with other text - another
    letter, or this one edited - goes in `namesakes`. The caller may find an id taken after all
    (another import running at the same time) and asks for the next.
    """
    candidate, n = record_id, 1
    while True:
        path = out / f"{candidate}.yml"
        if path.exists():
            same_name, same_text = _record_of(path, letter, seen)
            if same_text:
                yield candidate, True
            elif same_name:
                namesakes.append(path)
        elif candidate not in taken:
            yield candidate, False
        n += 1
        candidate = f"{record_id}-{n}"


def _same_letter_in_bank(letter: Letter, holders: list[tuple[str, str | None]]) -> Path | None:
    """The record that holds this letter already: of the records holding its text (`holders`,
    each with the file it was imported from), one imported from a file of the same name - in
    the bank, the --out folder, or earlier in this run (a dry run's too, though unwritten)."""
    return next((Path(shown) for shown, name in holders if name == letter.name), None)


def _elsewhere(holders: list[tuple[str, str | None]], target: Path) -> str | None:
    """The first of the records holding a letter's text or words that is not `target`."""
    return next((shown for shown, _ in holders if Path(shown).resolve() != target.resolve()), None)


def _reviewed(path: Path) -> bool:
    """Whether the record at `path` is no longer a draft: a person has reviewed it."""
    try:
        data = load_plain(path.read_text("utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and data.get("status") != "draft"


def _earlier(path: Path) -> tuple[str | None, str | None]:
    """The file a record was imported from, and its letter's text (its clauses' texts)."""
    try:
        data = load_plain(path.read_text("utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    imported, clauses = data.get("imported"), data.get("clauses")
    name = imported.get("file") if isinstance(imported, dict) else None
    if not isinstance(clauses, list):
        return name, None
    texts = [c.get("text") for c in clauses if isinstance(c, dict)]
    return name, "".join(t for t in texts if isinstance(t, str))


def _record_of(path: Path, letter: Letter, seen: Seen) -> tuple[bool, bool]:
    """Whether the record at `path` was imported from a file of the letter's name, and whether
    it holds the letter's very text.

    Each record is read once a run (`seen`): letters that share a name (an EDGAR submission's
    many "EX-5.1" documents) ask of every earlier one in turn, which reading each anew made
    quadratic (1,000 of them took 3.6 minutes).
    """
    if path not in seen:
        name, text = _earlier(path)
        seen[path] = name, text_digest(text) if text is not None else ""
    name, digest = seen[path]
    same_name = name == letter.name
    return same_name, same_name and digest == text_digest(letter.text)


Seen = dict[Path, tuple[str | None, str]]
"""The records a run has read or written: the file each was imported from, its text's digest."""


def _schema_comment(out: Path) -> str:
    schema = Path.cwd() / SCHEMA
    if not schema.exists():
        return ""
    relative = os.path.relpath(schema, out.resolve())
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}\n"
