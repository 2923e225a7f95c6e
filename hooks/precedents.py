"""MkDocs adapter for the precedent bank: wires build events to `precedent_bank`, no more."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from precedent_bank import Site, errors_in, load_glossary, load_site
from precedent_bank.site.csp import CSP_HEADER_FILE, PagePolicies
from precedent_bank.site.library import with_clause_nav
from precedent_bank.site.shared_nav import SharedNav

log = get_plugin_logger("precedents")
_site: Site | None = None
_shared_nav: SharedNav | None = None
_policies = PagePolicies()
_serving = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _policies
    # Each build (mkdocs serve rebuilds) collects its own hashes. Under serve, MkDocs injects
    # its live-reload script inline into every page, so the policy must allow inline scripts.
    _policies = PagePolicies(live_reload=_serving)
    # Glossary terms become tooltips through Python-Markdown's abbr extension.
    config.mdx_configs.setdefault("abbr", {})["glossary"] = load_glossary(Path(config.docs_dir))
    if config.nav is not None:
        config.nav = with_clause_nav(config.nav)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _site
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
    site.urls = {file.src_uri: file.url for file in files}
    _site = site
    # The bank lives for the whole build: keep the garbage collector from rescanning it for
    # every page (a tenth of a 2,000-letter build; see bench/README.md).
    gc.freeze()
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    global _shared_nav
    _shared_nav = SharedNav(list(_nav_urls(nav.items)))
    return nav


def _nav_urls(items: list[StructureItem]) -> Iterator[str]:
    """The URLs the navigation links to: its pages and its links."""
    for item in items:
        if isinstance(item, Section):
            yield from _nav_urls(item.children)
        elif isinstance(item, Page | Link):
            yield item.url


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # "theme/..." reaches the theme's own templates under the ones overrides/ replaces.
    theme_dirs = [d for d in config.theme.dirs if d != config.theme.custom_dir]
    assert env.loader is not None
    env.loader = ChoiceLoader([env.loader, PrefixLoader({"theme": FileSystemLoader(theme_dirs)})])
    env.globals["shared_nav"] = _shared_nav
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _site is not None
    return _site.augment_markdown(page.file.src_uri, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _site is not None
    html, anchors = _site.finish_html(page.file.src_uri, page.url, html)
    if page.present_anchor_ids is not None:  # so MkDocs can check links to clause anchors
        page.present_anchor_ids |= anchors
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    assert _site is not None
    return _policies.apply(_site.finish_page(page.file.src_uri, page.url, output))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html is a theme template, not a page: it needs its policy too (sitemap.xml does not).
    return _policies.apply(output_content) if template_name.endswith(".html") else output_content


def on_post_build(config: MkDocsConfig) -> None:
    assert _site is not None
    _site.extend_search_index(Path(config.site_dir) / "search" / "search_index.json")
    header = _policies.header()
    (Path(config.site_dir) / CSP_HEADER_FILE).write_text(header + "\n", "utf-8")
    log.info(f"The Content-Security-Policy for the web server's header is in {CSP_HEADER_FILE}")
