"""MkDocs adapter for the precedent bank: wires build events to `precedent_bank`, no more."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from precedent_bank import (
    Site,
    errors_in,
    extend_search_index,
    load_glossary,
    load_site,
    precedent_uri,
)

log = get_plugin_logger("precedents")
_site: Site | None = None
_files: Files | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Glossary terms become tooltips through Python-Markdown's abbr extension.
    config.mdx_configs.setdefault("abbr", {})["glossary"] = load_glossary(Path(config.docs_dir))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _site, _files
    project_dir = Path(config.config_file_path).parent
    site, problems = load_site(project_dir, Path(config.docs_dir))
    if errors := errors_in(problems):
        raise PluginError("invalid precedent records:\n" + "\n".join(map(str, errors)))
    for problem in problems:  # clauses awaiting review: shown on their pages, not fatal
        log.info(str(problem))
    for page in site.pages():
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        file = File.generated(config, page.src_uri, content=page.content, inclusion=inclusion)
        file.edit_uri = None
        files.append(file)
    _site, _files = site, files
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _site is not None
    return _site.augment_markdown(page.file.src_uri, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _site is not None

    def url(target: str) -> str:
        path, _, anchor = target.partition("#")
        file = files.get_file_from_path(path)
        if file is None:
            raise PluginError(f"{page.file.src_uri}: no page {path} to link to")
        return file.url_relative_to(page.file) + (f"#{anchor}" if anchor else "")

    html, anchors = _site.finish_html(page.file.src_uri, html, url)
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= anchors
    return html


def on_post_build(config: MkDocsConfig) -> None:
    assert _site is not None
    assert _files is not None
    files = _files

    def location(record_id: str) -> str:
        file = files.get_file_from_path(precedent_uri(record_id))
        assert file is not None
        return file.url

    index = Path(config.site_dir) / "search" / "search_index.json"
    extend_search_index(index, _site.bank.records, location)
