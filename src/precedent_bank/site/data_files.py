"""The files beside mkdocs.yml that the site is made from, besides the records and docs/.

A trainer's reading path, the firm's standard wording and the search synonyms are read afresh
by every build; `mkdocs serve` watches them (hooks/precedents.py) so that an edit rebuilds.
"""

from __future__ import annotations

from pathlib import Path

from precedent_bank.market.standards import STANDARDS_FILE
from precedent_bank.records.settings import SETTINGS_FILE
from precedent_bank.site.reading_path import PATH_FILE
from precedent_bank.site.search_terms import SYNONYMS_FILE

DATA_FILES = (STANDARDS_FILE, SYNONYMS_FILE, PATH_FILE, SETTINGS_FILE)
"""The data files, relative to the project (the folder of mkdocs.yml); each is optional."""


def data_files(project_dir: Path) -> list[Path]:
    """The project's data files that exist (a file watcher cannot watch a missing path)."""
    return [path for name in DATA_FILES if (path := project_dir / name).is_file()]
