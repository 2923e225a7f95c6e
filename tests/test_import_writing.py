"""Writing imported records: options as one value, racing imports, and disks that refuse."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from precedent_bank.cli import cli
from precedent_bank.importer import ImportOptions, Recogniser, import_files, learn
from precedent_bank.records.bank import load_bank
from precedent_bank.records.yamlio import load_plain
from tests.conftest import ROOT

LETTER = Path(__file__).parent / "letters" / "northwind-exhibit-5.txt"
RECORD_ID = "2021-04-07-northwind-logistics-legality"


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    bank, _ = load_bank([ROOT / "precedents"])
    return learn(bank)


def copies(folder: Path, prefix: str, n: int) -> list[Path]:
    """`n` files holding the same letter under different names (so the same record id)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{prefix}-{i}.txt" for i in range(n)]
    for path in paths:
        shutil.copyfile(LETTER, path)
    return paths


def imported_files(out: Path) -> list[str]:
    return sorted(load_plain(p.read_text("utf-8"))["imported"]["file"] for p in out.glob("*.yml"))


def test_an_id_taken_between_choosing_and_writing_is_not_overwritten(
    tmp_path: Path, recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another import writes the chosen id just before this one does: both letters survive."""
    out = tmp_path / "out"
    competitor = out / f"{RECORD_ID}.yml"
    real_mkstemp = tempfile.mkstemp

    def mkstemp_after_a_competitor(**kwargs: str) -> tuple[int, str]:
        if not competitor.exists():
            competitor.write_text("imported:\n  file: other.txt\n", "utf-8")
        return real_mkstemp(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_after_a_competitor)
    [outcome] = import_files(copies(tmp_path, "a", 1), recogniser, set(), ImportOptions(out))
    assert outcome.error is None
    assert outcome.written == out / f"{RECORD_ID}-2.yml"
    assert competitor.read_text("utf-8") == "imported:\n  file: other.txt\n"
    assert f"id {RECORD_ID} is taken; using {RECORD_ID}-2" in outcome.warnings


def test_the_same_letter_imported_twice_at_once_is_reported_not_doubled(
    tmp_path: Path, recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    [source] = copies(tmp_path, "a", 1)
    real_mkstemp = tempfile.mkstemp

    def mkstemp_after_the_other_run(**kwargs: str) -> tuple[int, str]:
        monkeypatch.setattr(tempfile, "mkstemp", real_mkstemp)
        [first] = import_files([source], recogniser, set(), ImportOptions(out))
        assert first.written
        return real_mkstemp(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_after_the_other_run)
    [outcome] = import_files([source], recogniser, set(), ImportOptions(out))
    assert outcome.error == f"already imported as {out / RECORD_ID}.yml by another import"
    assert [p.name for p in out.iterdir()] == [f"{RECORD_ID}.yml"]


def test_racing_imports_keep_every_letter(tmp_path: Path, recogniser: Recogniser) -> None:
    """Two imports of different files of the same letter into one folder, at the same time."""
    out = tmp_path / "out"
    runs = {name: copies(tmp_path / name, name, 15) for name in ("a", "b")}
    start = threading.Barrier(2)
    errors: list[str | None] = []

    def run(paths: list[Path]) -> None:
        start.wait()
        errors.extend(o.error for o in import_files(paths, recogniser, set(), ImportOptions(out)))

    threads = [threading.Thread(target=run, args=(paths,)) for paths in runs.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [None] * 30
    assert imported_files(out) == sorted(p.name for paths in runs.values() for p in paths)


def test_force_still_overwrites(tmp_path: Path, recogniser: Recogniser) -> None:
    out = tmp_path / "out"
    sources = copies(tmp_path, "a", 1)
    list(import_files(sources, recogniser, set(), ImportOptions(out)))
    record = out / f"{RECORD_ID}.yml"
    record.write_text(record.read_text("utf-8") + "# edited\n", "utf-8")
    [again] = import_files(sources, recogniser, set(), ImportOptions(out, force=True))
    assert (again.error, again.written) == (None, record)
    assert not record.read_text("utf-8").endswith("# edited\n")


def test_many_letters_of_one_name_name_three_namesakes_and_read_each_record_once(
    tmp_path: Path, recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An EDGAR submission of many "EX-5.1" documents: each letter's namesakes are named three
    at a time (1,000 of them printed 520 MB), and each earlier record is read once, not once
    for every later letter (3.6 minutes for 1,000)."""
    import precedent_bank.importer as importer

    out, sources = tmp_path / "out", []
    for n in range(12):
        (tmp_path / f"deal-{n}").mkdir()
        source = tmp_path / f"deal-{n}" / "opinion.txt"
        source.write_text(LETTER.read_text("utf-8").replace("$300,000,000", f"${n + 1},000"))
        sources.append(source)
    first = list(import_files(sources[:6], recogniser, set(), ImportOptions(out)))
    reads: list[Path] = []
    real = importer._earlier
    monkeypatch.setattr(importer, "_earlier", lambda path: reads.append(path) or real(path))
    outcomes = first + list(import_files(sources[6:], recogniser, set(), ImportOptions(out)))
    assert [o.error for o in outcomes] == [None] * 12
    last = [w for w in outcomes[-1].warnings if "imported from a file named" in w]
    assert last == [
        f"{out / RECORD_ID}.yml, {out / RECORD_ID}-2.yml, {out / RECORD_ID}-3.yml and 8 more "
        "were imported from a file named opinion.txt too, with other text: kept beside this one "
        "(delete them if this letter replaces them)"
    ]
    # each record of the earlier run read once by the second, not once for each of its letters
    assert len(reads) == len(set(reads))
    assert set(reads) == {o.written for o in first}


def test_two_files_of_one_name_holding_different_letters_are_both_kept(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """Two deals' folders each hold an "opinion.txt", for one issuer on one day: they are two
    letters, so the second is no "already imported", and --force does not write it over the
    first."""
    out = tmp_path / "out"
    sources = []
    for deal, amount in (("deal-a", "$300,000,000"), ("deal-b", "$450,000,000")):
        (tmp_path / deal).mkdir()
        source = tmp_path / deal / "opinion.txt"
        source.write_text(LETTER.read_text("utf-8").replace("$300,000,000", amount), "utf-8")
        sources.append(source)
    for force in (False, True):
        outcomes = list(import_files(sources, recogniser, set(), ImportOptions(out, force=force)))
        assert [o.error for o in outcomes] == [None, None]
        assert [o.written for o in outcomes] == [
            out / f"{RECORD_ID}.yml",
            out / f"{RECORD_ID}-2.yml",
        ]
        if not force:
            assert (
                f"{out / RECORD_ID}.yml was imported from a file named opinion.txt too, with other "
                "text: kept beside this one (delete it if this letter replaces it)"
            ) in outcomes[1].warnings
    texts = sorted(p.read_text("utf-8") for p in out.glob("*.yml"))
    assert len(texts) == 2
    assert "$450,000,000" in texts[0] + texts[1]
    assert "$300,000,000" in texts[0] + texts[1]
    again = list(import_files(sources, recogniser, set(), ImportOptions(out)))
    assert [o.error for o in again] == [
        f"already imported as {out / RECORD_ID}.yml (use --force to overwrite it)",
        f"already imported as {out / RECORD_ID}-2.yml (use --force to overwrite it)",
    ]


def test_a_letter_too_long_for_a_record_is_refused_and_the_rest_imported(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """A record over 1 MB would stop `validate` and the build: the importer refuses it."""
    long = tmp_path / "long.txt"
    paragraph = "The Company shall deliver the Notes against payment on the closing date.\n\n"
    long.write_text(LETTER.read_text("utf-8") + paragraph * 13_000, "utf-8")
    out = tmp_path / "out"
    [refused, kept] = import_files(
        [long, *copies(tmp_path, "a", 1)], recogniser, set(), ImportOptions(out)
    )
    assert refused.error is not None
    assert refused.error.startswith("its record would be 1,")
    assert "bytes, over the 1,000,000 a record may hold" in refused.error
    assert kept.error is None
    assert [p.name for p in out.iterdir()] == [f"{RECORD_ID}.yml"]


def test_a_letter_whose_text_alone_is_too_long_is_refused_before_it_is_read(
    tmp_path: Path, recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import precedent_bank.importer

    def never(*_: object, **__: object) -> None:
        raise AssertionError("drafted a letter too long for a record")

    monkeypatch.setattr(precedent_bank.importer, "draft_record", never)
    long = tmp_path / "long.txt"
    long.write_text("x" * 1_000_001, "utf-8")
    [refused] = import_files([long], recogniser, set(), ImportOptions(tmp_path / "out"))
    assert refused.error == (
        "its text alone would be 1,000,001 bytes, over the 1,000,000 a record may hold: is it one "
        "letter? Import its parts as separate files"
    )


def test_invisible_characters_stay_in_the_letter_and_out_of_its_facts(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """A zero-width space in the issuer's name is the letter's, kept in its clause and said at
    import; the title and facts made from the name leave it out, so they raise no warning."""
    source = tmp_path / "zw.txt"
    text = LETTER.read_text("utf-8").replace("Northwind Logistics", "North\u200bwind Logistics")
    source.write_text(text.replace("Ladies", "\ufeffLadies"), "utf-8")
    out = tmp_path / "out"
    [outcome] = import_files([source], recogniser, set(), ImportOptions(out))
    assert (
        "invisible characters kept in the letter as written (U+200B, U+FEFF), left out of its facts"
        in (outcome.warnings)
    )
    assert outcome.written is not None
    record = outcome.written.read_text("utf-8")
    bank, problems = load_bank([out])
    [loaded] = bank.records
    assert "\u200b" not in loaded.precedent.title
    assert loaded.precedent.issuer is not None
    assert loaded.precedent.issuer.name == "Northwind Logistics, Inc."
    assert "".join(c.text for c in loaded.precedent.clauses) == source.read_text("utf-8")
    invisible = [p for p in problems if "invisible" in p.message]
    assert {(p.field, p.message.split(",")[0]) for p in invisible} == {
        ("clauses[1].text", "contains U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("clauses[1].text", "contains U+200B ZERO WIDTH SPACE"),  # the address block's name
        ("clauses[2].text", "contains U+200B ZERO WIDTH SPACE"),
    }, record


def test_facts_are_read_past_invisible_characters(tmp_path: Path, recogniser: Recogniser) -> None:
    """A byte order mark inside the date, a word joiner and Word's non-breaking hyphen inside
    the form, a soft hyphen inside the issuer's name: each fact is read as if they were plain,
    and holds none of them."""
    source = tmp_path / "hidden.txt"
    text = (
        LETTER.read_text("utf-8")
        .replace("April 7, 2021", "April\ufeff 7, 2021")
        .replace("Form S-3", "Form S\u2060\u20113")
        .replace("Northwind Logistics", "North\u00adwind Logistics")
    )
    source.write_text(text, "utf-8")
    [outcome] = import_files([source], recogniser, set(), ImportOptions(tmp_path / "out"))
    assert outcome.draft is not None
    data = outcome.draft.data
    assert str(data["date"]) == "2021-04-07"
    assert data["filing"]["registration_form"] == "S-3"
    assert data["issuer"]["name"] == "Northwind Logistics, Inc."
    assert data["title"].startswith("Northwind Logistics, Inc. - ")
    assert "U+00AD, U+2060, U+FEFF" in " ".join(outcome.warnings)


def test_a_name_with_combining_accents_keeps_its_jurisdiction(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """A name whose accent is a combining mark ("e" then U+0301, as macOS writes file text) is
    read as its composed spelling, so "counsel to X, a Delaware corporation" still gives X's
    jurisdiction; the letter's text keeps the marks as written."""
    source = tmp_path / "decomposed.txt"
    text = LETTER.read_text("utf-8").replace("Northwind Logistics", "Northwind Socie\u0301te\u0301")
    source.write_text(text, "utf-8")
    [outcome] = import_files([source], recogniser, set(), ImportOptions(tmp_path / "out"))
    assert outcome.draft is not None
    issuer = outcome.draft.data["issuer"]
    assert issuer["name"] == "Northwind Soci\u00e9t\u00e9, Inc."
    assert issuer["jurisdiction"] == "Delaware"
    assert "".join(c.text for c in outcome.draft.clauses) == text


@pytest.mark.parametrize(
    ("number", "reason"),
    [(errno.ENOSPC, "no space left on device"), (errno.EROFS, "read-only file system")],
)
def test_a_disk_that_refuses_gives_one_line_per_file(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str
) -> None:
    copies(in_tmp / "incoming", "a", 2)

    def refuse(**kwargs: str) -> tuple[int, str]:
        raise OSError(number, reason.capitalize())

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(cli, ["import", "incoming", "--bank", str(ROOT / "precedents")])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for name in ("a-0.txt", "a-1.txt"):
        line = f"{name}: cannot write precedents/imported/{RECORD_ID}"
        assert line in result.output
    assert result.output.count(f": {reason}") == 2
    assert "Traceback" not in result.output


def test_an_output_folder_that_cannot_be_made(in_tmp: Path) -> None:
    copies(in_tmp / "incoming", "a", 1)
    (in_tmp / "out").write_text("a file where the folder should be", "utf-8")
    args = ["import", "incoming", "--out", "out/new", "--bank", str(ROOT / "precedents")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"a-0.txt: cannot write out/new/{RECORD_ID}.yml: not a directory" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only folder")
def test_a_read_only_folder(in_tmp: Path) -> None:
    copies(in_tmp / "incoming", "a", 1)
    out = in_tmp / "out"
    out.mkdir(mode=0o500)
    args = ["import", "incoming", "--out", "out", "--bank", str(ROOT / "precedents")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"a-0.txt: cannot write out/{RECORD_ID}.yml: permission denied" in result.output


def test_options_are_one_value() -> None:
    options = ImportOptions(Path("x"), force=True)
    with pytest.raises(AttributeError):
        options.force = False  # type: ignore[misc]
    assert (options.dry_run, options.max_bytes, options.explain) == (False, 5_000_000, False)


def test_a_firm_spelled_two_ways_in_one_batch_lists_once(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """The bank has no letter of the firm yet: the second letter of the batch takes the first
    one's spelling, so the firm is one firm in the browse lists."""
    text = LETTER.read_text("utf-8")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(text, "utf-8")
    second.write_text(text.replace("Halverson & Trent LLP", "HALVERSON AND TRENT L.L.P."), "utf-8")
    outcomes = list(import_files([first, second], recogniser, set(), ImportOptions(tmp_path / "o")))
    firms = [o.draft.facts.firm for o in outcomes if o.draft]
    assert firms == ["Halverson & Trent LLP", "Halverson & Trent LLP"]


def test_control_characters_in_a_file_name_are_recorded_escaped(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """A terminal escape or a newline in a file name was written into the record as it is:
    the record then failed validation, and with it every build of the site."""
    folder = tmp_path / "in"
    folder.mkdir()
    odd = folder / "evil\x1b[2J\nname.txt"
    shutil.copyfile(LETTER, odd)
    out = tmp_path / "out"
    [outcome] = import_files([odd], recogniser, set(), ImportOptions(out))
    assert outcome.error is None
    assert imported_files(out) == ["evil\\x1b[2J\\nname.txt"]
    bank, problems = load_bank([out])
    assert problems == []
    assert len(bank.records) == 1


def test_a_file_name_that_is_not_utf8_is_imported_and_said(
    tmp_path: Path, recogniser: Recogniser
) -> None:
    """A Windows zip's "\xe9" in a file name (not UTF-8) stopped the whole batch at writing the
    record; the name is recorded with the byte escaped, and the letters after it are imported."""
    folder = tmp_path / "in"
    folder.mkdir()
    odd = Path(os.fsdecode(bytes(folder) + b"/m-latin1-\xe9.txt"))
    shutil.copyfile(LETTER, odd)
    later = folder / "z-last.txt"
    later.write_text(LETTER.read_text("utf-8").replace("April 7, 2021", "May 7, 2021"), "utf-8")
    out = tmp_path / "out"
    outcomes = list(import_files([odd, later], recogniser, set(), ImportOptions(out)))
    assert [o.error for o in outcomes] == [None, None]
    assert (
        "its file name is not UTF-8 or holds control characters: recorded as 'm-latin1-\\xe9.txt'"
        in outcomes[0].warnings
    )
    assert imported_files(out) == ["m-latin1-\\xe9.txt", "z-last.txt"]
    # imported again, it is known by that name: skipped, not imported beside itself
    [again] = import_files([odd], recogniser, set(), ImportOptions(out))
    assert again.skipped
