"""Letter pages kept from one `mkdocs serve` build to the next, while nothing they show changed.

Under serve every edit rebuilds the site. A letter's page is most of a build's work (its text,
labels, notes and findings, then MkDocs' Markdown and theme), and an edit to one record leaves
almost every other letter's page as it was. So each finished letter page is kept, with a key
made of everything it shows:

- the record itself (`LoadedRecord.digest`, the hash of its file's bytes);
- what it shows of other records: its related letters (titles, firms, dates), the lists it is in
  with their counts, and the browse anchors its facts link to (`PrecedentPage.neighbours`);
- everything else the build reads: a signature of every file under the folders MkDocs watches
  (docs/, the theme overrides, mkdocs.yml, the hook, the package's templates, the bank's files
  other than records) by path, size and modification time; the ids of all records (a note may
  link to another letter, which must still be there); and the site's address.

A page whose key is unchanged is written as it was, without MkDocs reading or rendering it. Any
other change - a docs page, a template, the glossary, a record added or removed - changes the
signature, and every letter is made afresh. What each page shows only at the end - the banner of
record problems and the Content-Security-Policy - is added to kept pages as to new ones.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from jinja2.bccache import Bucket, BytecodeCache

from precedent_bank.records.paths import bank_dir, is_record_name
from precedent_bank.site.data_files import data_files
from precedent_bank.site.pages import PrecedentPage

if TYPE_CHECKING:
    from precedent_bank.records.loader import LoadedRecord
    from precedent_bank.site.builder import Site

T = TypeVar("T")


def serve_signature(
    config_file: Path, docs_dir: Path, extra: Iterable[str | None], site_url: str | None
) -> str:
    """What every page of a serve rebuild depends on besides the records: mkdocs.yml, docs/,
    the hooks, the theme's overrides and watched folders (`extra`), the bank's data files
    beside mkdocs.yml, and the site's address."""
    project = config_file.parent
    inputs = [config_file, docs_dir, project / "hooks", *(Path(p) for p in extra if p)]
    inputs += data_files(project)
    return f"{input_signature(inputs, bank_dir(project))}\0{site_url}"


def input_signature(paths: Iterable[Path], bank: Path) -> str:
    """A hash of the path, size and modification time of every file under `paths` (files or
    folders), leaving out the records in `bank` and hidden files and folders."""
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        for file in _files(path):
            if file.parent.is_relative_to(bank) and is_record_name(file.name):
                continue
            try:
                info = file.stat()
            except OSError:  # gone since it was listed
                continue
            digest.update(f"{file}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    found = []
    for folder, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(folder, n) for n in sorted(names) if not n.startswith(".")]
    return found


class KeptPages:
    """The finished letter pages of the last build, by docs path, with the key each was made
    under; also the keys of the pages the current build makes."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[str, str]] = {}
        self._keys: dict[str, str] = {}
        self.reused = 0
        """How many letter pages the current build reused."""

    def plan(self, site: Site, signature: str) -> dict[str, str]:
        """The pages of this build that can be reused: their finished HTML, by docs path.

        Call once `site.urls` holds every page's URL. Letters not in the bank any more are
        forgotten.
        """
        context = f"{signature}\0{sorted(site.bank.by_id)}"
        self._keys = {}
        reusable = {}
        for uri in site.generated_uris():
            page = site.page(uri)
            if not isinstance(page, PrecedentPage):
                continue
            url = site.linker(site.urls[uri])
            shown = f"{context}\0{page.record.digest}\0{site.urls[uri]}\0{page.neighbours(url)}"
            key = hashlib.sha256(shown.encode("utf-8")).hexdigest()
            self._keys[uri] = key
            kept = self._kept.get(uri)
            if kept is not None and kept[0] == key:
                reusable[uri] = kept[1]
        self._kept = {uri: kept for uri, kept in self._kept.items() if uri in self._keys}
        self.reused = len(reusable)
        return reusable

    def keep(self, src_uri: str, html: str) -> None:
        """Keep a letter page this build made (finished, before the banner and the policy)."""
        if (key := self._keys.get(src_uri)) is not None:
            self._kept[src_uri] = (key, html)


class KeptStages:
    """What the bank's stages made of the other pages showing bank data (browse pages, the
    clause library, market, findings, home ...), reused while nothing they show changed.

    Those pages show every record, but none shows a letter's summary or its clauses' notes,
    which only its own page shows (the letter pages are kept by `KeptPages`). So their key is
    the signature of the other inputs and, for every record in bank order, a hash of the record
    without its summary and notes, with its rule-check findings. An edit to a summary or a note
    leaves it unchanged; any other edit remakes them all. MkDocs still renders these pages (they
    are in the navigation); what is kept is each stage's output, reused when its input (the
    page's Markdown or HTML at that stage) is also the same.
    """

    def __init__(self) -> None:
        self._key = ""
        self._done: dict[tuple[str, str], tuple[str, str, object]] = {}
        self.reused = 0
        """How many stage outputs the current build reused."""

    def begin(self, site: Site, signature: str) -> None:
        """Start a build: work out its key, and forget what was made under another."""
        shown = [
            site.memo.get("shown", r, partial(_shown_elsewhere, site, r)) for r in site.bank.records
        ]
        key = f"{signature}\0{sorted(site.bank.by_id)}\0{shown}"
        self._key = hashlib.sha256(key.encode("utf-8")).hexdigest()
        self._done = {k: v for k, v in self._done.items() if v[0] == self._key}
        self.reused = 0

    def get(self, src_uri: str, stage: str, given: str, make: Callable[[], T]) -> T:
        """What `make` gives for this page's `stage` from `given`, reused if already made."""
        digest = hashlib.sha256(given.encode("utf-8")).hexdigest()
        done = self._done.get((src_uri, stage))
        if done is not None and done[0] == self._key and done[1] == digest:
            self.reused += 1
            return cast(T, done[2])
        made = make()
        self._done[src_uri, stage] = (self._key, digest, made)
        return made


def _shown_elsewhere(site: Site, record: LoadedRecord) -> str:
    """A hash of what pages other than its own may show of a record."""
    data = record.precedent.model_dump_json(
        exclude={"summary": True, "clauses": {"__all__": {"note"}}}
    )
    findings = repr(site.findings(record.id))
    return hashlib.sha256(f"{data}\0{findings}".encode()).hexdigest()


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates, kept in memory between serve's builds.

    MkDocs makes a new Jinja environment for every build, so Material's templates were compiled
    again on every rebuild (about a second on a busy machine). Jinja checks each kept template
    against its source's checksum, so an edited template is compiled afresh.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
