"""What docs/ may hold beside the pages the bank generates.

Three mistakes would otherwise pass silently: a hand-written page at a path the bank generates
(MkDocs would publish one of the two), a record or a letter dropped into docs/ (MkDocs copies
every file of docs/ into the site, so a confidential draft would be published), and a link in
docs/ to a file elsewhere (MkDocs follows it: `docs/assets/x.txt -> /etc/passwd`, or to a
draft in the bank). All are errors: the build names the file and says what to do.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from precedent_bank.errors import Problem, printable
from precedent_bank.records.loader import undecodable
from precedent_bank.site.builder import GeneratedPage

NOT_PUBLISHED = frozenset(
    {".yml", ".yaml", ".docx", ".doc", ".docm", ".dotx", ".rtf", ".odt", ".pdf"}
)
"""Suffixes of records and letters (any case): never published from docs/. Plain `.txt` files
stay allowed (robots.txt and the like), and so do .html pages written for the site."""


def collisions(pages: Iterable[GeneratedPage], handwritten: set[str], docs: str) -> list[Problem]:
    """A problem for each generated page whose path a file under docs/ already holds.

    Args:
        pages: The pages the bank generates.
        handwritten: The docs paths (`src_uri`) of the files found under docs/.
        docs: How to name the docs folder in messages (e.g. "docs").
    """
    return [
        Problem(
            f"{docs}/{page.src_uri}",
            1,
            1,
            "",
            f"this page is hand-written, but {_maker(page)} generates {page.src_uri}; "
            "rename or move the hand-written page",
        )
        for page in pages
        if page.src_uri in handwritten
    ]


def _maker(page: GeneratedPage) -> str:
    if page.record is not None:
        return f"the record {page.record.display_path}"
    return "Precedent Bank"


def unpublishable(src_uris: Iterable[str], docs: str) -> list[Problem]:
    """A problem for each record or letter under docs/, which MkDocs would publish as is."""
    return [
        Problem(
            f"{docs}/{uri}",
            1,
            1,
            "",
            "records and letters are not published from docs/: move records to precedents/ "
            "and import letters with `precedents import`",
        )
        for uri in sorted(src_uris)
        if PurePosixPath(uri).suffix.lower() in NOT_PUBLISHED
    ]


def not_utf8(docs_dir: Path, src_uris: Iterable[str], docs: str) -> list[Problem]:
    """A problem, located, for each hand-written Markdown page that is not UTF-8 text (a
    glossary saved as Latin-1): MkDocs would stop on it with a traceback."""
    problems = []
    for uri in sorted(src_uris):
        if PurePosixPath(uri).suffix.lower() != ".md":
            continue
        data = (docs_dir / uri).read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(undecodable(data, f"{docs}/{uri}", exc, "page"))
    return problems


def linked_from_outside(
    files: Iterable[tuple[str, Path]], roots: Iterable[Path], bank: Path
) -> list[Problem]:
    """A problem for each file to be published whose real place, links followed, is outside
    `roots` (the project, the theme) or inside the bank.

    Args:
        files: How to name each file in messages, and where MkDocs reads it.
        roots: The folders published files may come from.
        bank: The records' folder, whose files are never published as they are.
    """
    real_roots = [root.resolve() for root in roots]
    real_bank = bank.resolve()
    problems = []
    for shown, path in files:
        real = path.resolve()
        if real.is_relative_to(real_bank) or not any(real.is_relative_to(r) for r in real_roots):
            where = "in the bank" if real.is_relative_to(real_bank) else "outside the project"
            problems.append(
                Problem(
                    shown,
                    1,
                    1,
                    "",
                    f"is a link to {printable(str(real))}, {where}: MkDocs would publish that "
                    "file; copy what should be published into docs/ instead of linking to it",
                )
            )
    return problems
