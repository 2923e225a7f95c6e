"""Reading a YAML file of the bank other than a record (standards.yml, bank-settings.yml).

Such a file sits beside mkdocs.yml and is read as safely as a record: never following a link,
never blocking on a FIFO, never reading more than a record may hold. What is wrong with it is
reported as problems located in the file, never raised; what its contents mean is the caller's.
"""

from __future__ import annotations

from pathlib import Path

from precedent_bank.errors import Problem
from precedent_bank.records.paths import UnreadableRecord, read_record
from precedent_bank.records.yamlio import ParsedYaml, parse_yaml


def read_bank_yaml(path: Path, shown: str, noun: str) -> tuple[ParsedYaml, list[Problem]]:
    """A bank file's parsed YAML and the problems of reading it (none if it does not exist).

    Args:
        path: The file.
        shown: How problems name the file.
        noun: What kind of file it is, for the messages ("standards file").

    Returns:
        The parsed document (with no data if the file is absent, unreadable or not YAML), and
        each problem as `shown:LINE:COL: message`: an unreadable or non-UTF-8 file at 1:1,
        else every YAML issue at its place and with its severity.
    """
    nothing = ParsedYaml(noun=noun)
    if not path.exists() and not path.is_symlink():  # a dangling link is read, and refused
        return nothing, []
    try:
        parsed = parse_yaml(read_record(path, noun).decode("utf-8"), noun)
    except UnreadableRecord as exc:
        return nothing, [Problem(shown, 1, 1, "", str(exc))]
    except UnicodeDecodeError:
        return nothing, [Problem(shown, 1, 1, "", "is not UTF-8 text")]
    problems = [Problem(shown, i.line, i.col, "", i.message, i.severity) for i in parsed.issues]
    return parsed, problems
