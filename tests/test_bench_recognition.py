"""bench/recognition.py --outside: letters of firms outside the corpus, scored on their own.

Built from the bundled fictional samples, laid out as a corpus: two as "the corpus", one as an
outside folder. No real letter is needed, so this runs on a fresh clone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from precedent_bank.importer.evaluation import sample_letters
from precedent_bank.importer.learning import sample_bank

ROOT = Path(__file__).resolve().parent.parent


def write_corpus(folder: Path, names: list[str]) -> None:
    """Sample letters as NNN.txt + NNN.gold.yaml + index.yaml, as ../shared/corpus lays them."""
    folder.mkdir()
    samples = {g.name: g for g in sample_letters(sample_bank())}
    index = []
    for number, name in enumerate(names, start=1):
        gold = samples[name]
        stem = f"{number:03d}"
        assert gold.text is not None
        (folder / f"{stem}.txt").write_text(gold.text, "utf-8")
        clauses = [{"type": t, "text": text} for t, text in gold.clauses]
        dump = yaml.safe_dump({"file": f"{stem}.txt", "clauses": clauses}, allow_unicode=True)
        (folder / f"{stem}.gold.yaml").write_text(dump, "utf-8")
        index.append({"file": f"{stem}.txt", "firm": gold.firm, "date": gold.date})
    (folder / "index.yaml").write_text(yaml.safe_dump({"letters": index}), "utf-8")


def bench(script: str, *args: object) -> str:
    """What a bench/ script prints, run as its README says."""
    command = [sys.executable, str(ROOT / "bench" / script), *map(str, args)]
    run = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    return run.stdout


def test_outside_letters_are_scored_apart(tmp_path: Path) -> None:
    write_corpus(
        tmp_path / "corpus",
        ["pinecrest-1997-s8-plan-shares", "tidewell-2018-cayman-ordinary-shares"],
    )
    write_corpus(tmp_path / "other", ["wexford-2015-reit-tax-opinion"])
    split = tmp_path / "split.yaml"
    split.write_text("set_aside:\n  - firm: none\n    files: []\n", "utf-8")
    out = bench(
        "recognition.py",
        tmp_path / "corpus",
        "--rest-only",
        "--split",
        split,
        "--outside",
        tmp_path / "other",
    )
    assert "== 1 outside letters, as shipped" in out
    assert "== 1 outside letters, learned from the rest" in out
    shipped = out.split("== 1 outside letters, as shipped")[1]
    # Every character of the outside letter is scored, and only those.
    length = len((tmp_path / "other" / "001.txt").read_text("utf-8"))
    counted = shipped.split("character accuracy")[1].split("\n")[0]
    assert f"of {length:,})" in counted
    assert 0.5 < float(counted.split()[0]) <= 1.0
    assert "opinion-tax" in shipped.split("type ")[1]


def test_the_weights_grid_scores_every_pair_and_names_the_shipped_one(tmp_path: Path) -> None:
    write_corpus(tmp_path / "letters", ["wexford-2015-reit-tax-opinion"])
    lines = bench("weights.py", tmp_path / "letters").splitlines()
    assert lines[0] == "1 letters; shipped: nearest 6.0, transitions 0.6"
    rows = [line.split() for line in lines[1:]]
    assert len(rows) == 12  # 4 weights of the nearest examples x 3 of the transitions
    assert {(row[1], row[3]) for row in rows} == {
        (n, t) for n in ("3.0", "4.5", "6.0", "8.0") for t in ("0.3", "0.6", "1.0")
    }
    assert all(0.0 < float(row[5]) <= 1.0 for row in rows)


def test_house_style_judges_only_letters_of_firms_with_more_than_one(tmp_path: Path) -> None:
    letters = tmp_path / "letters"
    write_corpus(
        letters,
        [
            "pinecrest-1997-s8-plan-shares",
            "caddo-mesa-1996-ipo-common-stock",
            "wexford-2015-reit-tax-opinion",
        ],
    )
    index = yaml.safe_load((letters / "index.yaml").read_text("utf-8"))
    index["letters"][1]["firm"] = index["letters"][0]["firm"]  # two letters of one firm
    (letters / "index.yaml").write_text(yaml.safe_dump(index), "utf-8")
    lines = bench("house_style.py", letters).splitlines()
    assert lines[0] == "2 letters of 1 firms with more than one letter"
    assert [line.split("  ")[0] for line in lines[1:]] == [
        "as shipped",
        "with the firm's other letters",
    ]
    accuracies = [float(line.split("accuracy ")[1].split()[0]) for line in lines[1:]]
    assert all(0.5 < a <= 1.0 for a in accuracies)


def test_two_labellings_agree_where_their_types_do(tmp_path: Path) -> None:
    write_corpus(tmp_path / "first", ["wexford-2015-reit-tax-opinion"])
    write_corpus(tmp_path / "second", ["wexford-2015-reit-tax-opinion"])
    out = bench("agreement.py", tmp_path / "first", tmp_path / "second")
    assert "the two labellings agree                 1.0000" in out
    # the second labeller calls the letter's last clause something else
    labels = tmp_path / "second" / "001.gold.yaml"
    gold = yaml.safe_load(labels.read_text("utf-8"))
    last = gold["clauses"][-1]
    last["type"] = "consent" if last["type"] != "consent" else "signature"
    labels.write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    out = bench("agreement.py", tmp_path / "first", tmp_path / "second")
    share = float(out.split("the two labellings agree")[1].split()[0])
    visible = sum(not ch.isspace() for ch in last["text"])
    total = int(out.split(" visible characters")[0].split()[-1].replace(",", ""))
    assert share == round(1 - visible / total, 4)
    assert f"{visible:,} characters:" in out


def test_the_review_orders_first_third_is_weighed_by_the_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    import review_order as module

    # six drafts: the queue puts the two heaviest first; they hold 30 of 100 wrong characters
    # (the two lightest would hold 25) and 2 of 3 wrong facts
    found = [
        module.Draft(weight, wrong, facts)
        for weight, wrong, facts in [
            (5, 10, 2),
            (4, 20, 0),
            (3, 45, 0),
            (2, 0, 0),
            (1, 25, 1),
            (0, 0, 0),
        ]
    ]
    assert module.first_third(found, "wrong_characters") == 0.3
    assert module.best_third(found, "wrong_characters") == 0.7
    assert module.first_third(found, "wrong_facts") == 2 / 3
    write_corpus(
        tmp_path / "letters",
        [
            "wexford-2015-reit-tax-opinion",
            "pinecrest-1997-s8-plan-shares",
            "caddo-mesa-1996-ipo-common-stock",
        ],
    )
    out = bench("review_order.py", tmp_path / "letters")
    assert out.startswith("3 letters; the first third of the review queue holds:")
    assert "wrongly typed characters (random order: 33%, best order:" in out


def test_the_neighbours_option_scores_each_k_with_the_shipped_weights(tmp_path: Path) -> None:
    write_corpus(
        tmp_path / "letters",
        ["wexford-2015-reit-tax-opinion", "castlereagh-2019-delaware-trust-local-counsel"],
    )
    lines = bench("weights.py", tmp_path / "letters", "--neighbours", 1, 7, 40).splitlines()
    assert lines[1] == "shipped: K = 7"
    rows = [line.split() for line in lines[2:]]
    assert [row[1] for row in rows] == ["1", "7", "40"]
    accuracies = [float(row[3]) for row in rows]
    assert all(0.0 < a <= 1.0 for a in accuracies)
    assert len(set(accuracies)) > 1  # K reaches the vote: one example or forty differ
