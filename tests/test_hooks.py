"""The MkDocs hook: its state in one object, the library's errors translated in one place."""

from __future__ import annotations

import importlib.util
import inspect
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import ParamSpec, TypeVar

import pytest
from mkdocs.exceptions import PluginError

from precedent_bank import PrecedentError
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def hook() -> ModuleType:
    return load_hook()


def load_hook() -> ModuleType:
    """hooks/precedents.py as a module of its own, loaded as MkDocs loads it."""
    spec = importlib.util.spec_from_file_location("hook_under_test", ROOT / "hooks/precedents.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as MkDocs does: dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_library_errors_become_plugin_errors_at_the_edge(hook: ModuleType) -> None:
    @hook._edge
    def event() -> None:
        raise PrecedentError("precedents/x.yml:1:1: title: required field is missing")

    with pytest.raises(PluginError, match=r"precedents/x\.yml:1:1: title"):
        event()


def test_every_event_that_calls_the_library_is_at_the_edge(hook: ModuleType) -> None:
    for name in ("on_config", "on_files", "on_nav", "on_page_markdown", "on_page_content"):
        assert hasattr(getattr(hook, name), "__wrapped__"), name


def test_the_hook_keeps_its_state_in_one_object(hook: ModuleType) -> None:
    # Module-level values other than functions, classes, modules, loggers and type variables.
    state = [
        name
        for name, value in vars(hook).items()
        if not name.startswith("__")
        and not callable(value)
        and not inspect.ismodule(value)
        and not isinstance(value, logging.Logger | logging.LoggerAdapter | TypeVar | ParamSpec)
        and name != "annotations"  # from __future__
    ]
    assert state == ["_build"]
    assert isinstance(hook._build, hook.BankBuild)


def test_after_a_build_site_dir_is_the_site_folder_again(tmp_path: Path) -> None:
    # What runs after the build (gh-deploy) reads config.site_dir.
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="gh-deploy", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert config.site_dir == str(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
