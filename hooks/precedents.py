"""MkDocs adapter for the precedent bank: wires build events to `precedent_bank`, no more."""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure import StructureItem
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from precedent_bank import PrecedentError, Problem, Site, errors_in, load_glossary, load_site
from precedent_bank.records.cache import RecordCache, RecordMemo
from precedent_bank.records.paths import bank_dir
from precedent_bank.site import csp, serve_folder
from precedent_bank.site.csp import PagePolicies, ThemeScripts
from precedent_bank.site.data_files import data_files
from precedent_bank.site.hand_written import inert_meta
from precedent_bank.site.kept_pages import (
    CompiledTemplates,
    KeptPages,
    KeptStages,
    serve_signature,
)
from precedent_bank.site.library import with_clause_nav
from precedent_bank.site.output import (
    StagedSite,
    check_site_dir,
    describe_os_error,
    stop_cleanly_on_sigterm,
)
from precedent_bank.site.preview import problems_banner, with_banner
from precedent_bank.site.search_serve import BackgroundIndex
from precedent_bank.site.shared_nav import SharedNav
from precedent_bank.site.sources import (
    collisions,
    linked_from_outside,
    not_utf8,
    unpublishable,
)

log = get_plugin_logger("precedents")
# Under `mkdocs serve` record errors are shown, not fatal. They go to the terminal through a
# logger outside "mkdocs.*" (printed by logging's last resort, as `precedents validate` prints
# them): mkdocs.yml sets strict, and a warning MkDocs counted would abort the preview build.
preview_log = logging.getLogger("precedent_bank.preview")

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class BankBuild:
    """What the hook keeps between the events of one build (and across serve's rebuilds)."""

    serving: bool = False
    """Under `mkdocs serve`: build into serve's own folder, show record errors on the pages."""
    dirty: bool = False
    """`--dirty` builds update the site folder in place; they cannot be staged."""
    site: Site | None = None
    shared_nav: SharedNav | None = None
    staged: StagedSite | None = None
    """This build's own folder, swapped in for the site folder once the build succeeded."""
    banner: str = ""
    """Under serve, the problems to show at the top of every page."""
    frozen: bool = False
    """Whether `gc.freeze()` holds this build's objects out of collection."""
    policies: PagePolicies = field(default_factory=lambda: PagePolicies(ThemeScripts([])))
    """This build's Content-Security-Policies: each page's, and the site's for the header (made
    anew by on_config, from the theme's templates)."""
    records: RecordCache = field(default_factory=RecordCache)
    """Under serve, validated records kept from one rebuild to the next (by content hash)."""
    memo: RecordMemo = field(default_factory=RecordMemo)
    """Under serve, the work done on each record (findings ...), kept by its content hash."""
    kept: KeptPages = field(default_factory=KeptPages)
    """Under serve, finished letter pages kept from one rebuild to the next."""
    stages: KeptStages = field(default_factory=KeptStages)
    """Under serve, what the bank made of its other pages, kept likewise."""
    templates: CompiledTemplates = field(default_factory=CompiledTemplates)
    """Under serve, the theme's compiled templates."""
    search: BackgroundIndex = field(default_factory=BackgroundIndex)
    """Under serve, Pagefind indexing each build in a thread of its own."""
    restore_sigterm: Callable[[], None] = lambda: None
    """Puts back the SIGTERM handler the build replaced."""
    written_since: int = 0
    """Under serve, when this build began writing (ns): older files in the folder are stale."""

    def release(self, *, collect: bool = False) -> None:
        """Let the previous build's bank be freed (`gc.freeze()` kept it out of collection).

        Args:
            collect: Free it now (a rebuild under serve), not at the next full collection.
        """
        self.site = self.shared_nav = None
        self.banner = ""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
            if collect:
                gc.collect()

    def discard(self) -> None:
        """The build failed or stopped: delete its folder, leave the site folder as it was."""
        if self.staged is not None:
            self.staged.discard()
            self.staged = None


_build = BankBuild()


def _edge(event: Callable[P, R]) -> Callable[P, R]:
    """The one place where the library's errors become MkDocs' (shown without a traceback)."""

    @functools.wraps(event)
    def translated(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return event(*args, **kwargs)
        except PrecedentError as error:
            raise PluginError(str(error)) from error

    return translated


def on_startup(command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    _build.serving = command == "serve"
    _build.dirty = dirty
    _build.search = BackgroundIndex()  # a session's own: on_shutdown closed the last one
    _build.restore_sigterm = stop_cleanly_on_sigterm()  # on_shutdown cleans a stopped build


@_edge
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _build.release(collect=True)  # a rebuild under serve: the previous bank is done with
    # Each build (mkdocs serve rebuilds) collects its own hashes. Under serve, MkDocs injects
    # its live-reload script inline into every page, so the policy must allow inline scripts.
    _build.policies = PagePolicies(
        ThemeScripts(map(Path, config.theme.dirs)), live_reload=_build.serving
    )
    # Glossary terms become tooltips through Python-Markdown's abbr extension.
    config.mdx_configs.setdefault("abbr", {})["glossary"] = load_glossary(Path(config.docs_dir))
    if config.nav is not None:
        config.nav = with_clause_nav(config.nav)
    if _build.serving:  # serve builds into a temporary folder of its own
        _build.search.build_started()  # and indexes it in the background
        if not _build.dirty:  # (--dirty leaves the folder as it is and skips unchanged pages)
            serve_folder.stash(Path(config.site_dir))  # kept from MkDocs' cleaning
        return config
    target = Path(config.site_dir)
    project = Path(config.config_file_path).parent
    check_site_dir(target, project_dir=project, protected=_sources(config))
    if not _build.dirty:
        _build.staged = StagedSite.begin(target)
        config.site_dir = str(_build.staged.temp)
        log.info(f"the new site replaces {target} once the build has succeeded")
    return config


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
    # An edit to the standard wording, the synonyms or the reading path rebuilds, too.
    for path in data_files(Path(config.config_file_path).parent):
        server.watch(str(path), recursive=False)
    return server


def _shown(file: File, config: MkDocsConfig) -> str:
    """A file as messages name it: "docs/assets/x.txt", or a theme's file by its path."""
    path = Path(str(file.abs_src_path))
    docs = Path(config.docs_dir)
    return f"{docs.name}/{file.src_uri}" if path.is_relative_to(docs) else str(path)


def _sources(config: MkDocsConfig) -> list[Path]:
    """Folders a build must never delete or write into: the bank, docs/, the hooks."""
    project = Path(config.config_file_path).parent
    return [bank_dir(project), Path(config.docs_dir), project / "hooks"]


@_edge
def on_files(files: Files, config: MkDocsConfig) -> Files:
    project_dir = Path(config.config_file_path).parent
    if _build.serving:  # nothing is written before on_files: the last build's files go back
        _build.written_since = serve_folder.restore(Path(config.site_dir))
    caches = (_build.records, _build.memo) if _build.serving else (None, None)
    site, problems = load_site(project_dir, Path(config.docs_dir), *caches)
    kept = _reusable_letters(site, files, config) if _build.serving else {}
    pages = site.pages(kept, functools.partial(_stage, site, stage="source", given=""))
    docs = Path(config.docs_dir).name
    handwritten = {file.src_uri for file in files if not file.generated_by}
    unsafe = unpublishable(handwritten, docs) + not_utf8(Path(config.docs_dir), handwritten, docs)
    # every file to be copied (the theme's too), by the name messages give it
    read_from = {_shown(f, config): f for f in files if f.abs_src_path and not f.generated_by}
    roots = [project_dir, *map(Path, config.theme.dirs)]
    linked = [(shown, Path(str(f.abs_src_path))) for shown, f in read_from.items()]
    unsafe += linked_from_outside(linked, roots, bank_dir(project_dir))
    _report(problems + collisions(pages, handwritten, docs) + unsafe)
    for problem in unsafe:  # under serve only: never publish them, even in a preview
        files.remove(read_from[problem.path])
    for page in pages:
        if (old := files.get_file_from_path(page.src_uri)) is not None:
            files.remove(old)  # under serve only: the error is on every page
        inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
        if page.src_uri in kept:
            files.append(_KeptPage.of(config, page.src_uri, _finish(kept[page.src_uri])))
            continue
        maker = _ServedFile if _build.serving else File
        file = maker.generated(config, page.src_uri, content=page.content, inclusion=inclusion)
        file.edit_uri = None
        files.append(file)
    site.urls = {file.src_uri: file.url for file in files}
    for asset in site.assets():  # data files for the training drills
        if (old := files.get_file_from_path(asset.src_uri)) is not None:
            files.remove(old)  # under serve only: a rebuild makes them afresh
        maker = _ServedFile if _build.serving else File
        files.append(maker.generated(config, asset.src_uri, content=asset.content))
    _build.site = site
    # The bank lives for the whole build: keep the garbage collector from rescanning it for
    # every page (a tenth of a 2,000-letter build; see bench/README.md). `release()` undoes it.
    gc.freeze()
    _build.frozen = True
    return files


class _ServedFile(File):
    """Under serve, a generated file that is not written again if the site folder (kept
    between builds, see serve_folder.py) already holds the same bytes."""

    def copy_file(self, dirty: bool = False) -> None:
        if self._content is None or not serve_folder.unchanged(
            Path(self.abs_dest_path), self.content_bytes
        ):
            super().copy_file(dirty)


class _KeptPage(_ServedFile):
    """Under serve, a letter page kept from the last build: MkDocs writes it as it is instead
    of rendering it again. Links to it still resolve; it is not a page MkDocs renders."""

    def is_documentation_page(self) -> bool:
        return False

    @classmethod
    def of(cls, config: MkDocsConfig, src_uri: str, html: str) -> File:
        dest = File(src_uri, None, config.site_dir, config.use_directory_urls).dest_uri
        file = cls(src_uri, None, config.site_dir, config.use_directory_urls, dest_uri=dest)
        file.inclusion = InclusionLevel.NOT_IN_NAV
        file.content_string = html
        return file


def _reusable_letters(site: Site, files: Files, config: MkDocsConfig) -> dict[str, str]:
    """Under serve: the letter pages the last build made that nothing has changed since."""
    site.urls = {file.src_uri: file.url for file in files}
    for uri in site.generated_uris():
        site.urls[uri] = File(uri, None, config.site_dir, config.use_directory_urls).url
    extra = [config.theme.custom_dir, *config.watch]
    signature = serve_signature(
        Path(config.config_file_path), Path(config.docs_dir), extra, config.site_url
    )
    _build.stages.begin(site, signature)
    return _build.kept.plan(site, signature)


def _stage(site: Site, src_uri: str, make: Callable[[], R], stage: str, given: str) -> R:
    """A stage of a page other than a letter's; under serve, reused if nothing it shows changed
    (KeptStages). Letters' pages are kept whole (KeptPages), or made afresh."""
    page = site.page(src_uri)
    if not _build.serving or page is None or page.record is not None:
        return make()
    return _build.stages.get(src_uri, stage, given, make)


def _finish(output: str) -> str:
    """What every finished page gets last: the banner of record problems, its policy."""
    output = with_banner(output, _build.banner) if _build.banner else output
    return _build.policies.apply(output)


def _report(problems: list[Problem]) -> None:
    """Errors stop a build, but only show under serve; warnings (clauses to review) show once."""
    errors = errors_in(problems)
    if errors and not _build.serving:
        raise PrecedentError("cannot build the site:\n" + "\n".join(map(str, errors)))
    for problem in problems:
        if problem.severity == "error":
            preview_log.error(str(problem))
        else:  # clauses awaiting review: shown on their pages, not fatal
            log.info(str(problem))
    _build.banner = problems_banner(errors) if errors else ""


@_edge
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _build.shared_nav = SharedNav(list(_nav_urls(nav.items)))
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
    env.globals["shared_nav"] = _build.shared_nav
    assert _build.site is not None
    env.globals["search_kind"] = _build.site.search_kind  # which pages search indexes (main.html)
    if _build.serving:
        env.bytecode_cache = _build.templates
    return env


def on_template_context(
    context: dict[str, Any], template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    # Without site_url MkDocs gives 404.html root-absolute paths ("/assets/..."), which miss
    # when the site is hosted under a sub-path. Paths from the site's folder work at any
    # prefix; deeper in the site, overrides/404.html moves to the site's folder.
    if template_name == "404.html" and not config.site_url:
        context["base_url"] = "."
    return context


@_edge
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    site, uri = _build.site, page.file.src_uri
    assert site is not None
    return _stage(site, uri, lambda: site.augment_markdown(uri, markdown), "markdown", markdown)


@_edge
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    site, uri = _build.site, page.file.src_uri
    assert site is not None
    html, anchors = _stage(
        site, uri, lambda: site.finish_html(uri, page.url, html), "content", html
    )
    if page.present_anchor_ids is not None:  # so MkDocs can check links to clause anchors
        page.present_anchor_ids |= anchors
    # (the home page's title is the site's name: Material leaves its heading out of <title>)
    page.meta = inert_meta(page.meta, None if page.is_homepage else page.title)
    return html


@_edge
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    site, uri, given = _build.site, page.file.src_uri, output
    assert site is not None
    output = _stage(site, uri, lambda: site.finish_page(uri, page.url, given), "page", given)
    if _build.serving:
        _build.kept.keep(page.file.src_uri, output)
    return _finish(output)


@_edge
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html is a theme template, not a page: it needs its policy too (sitemap.xml does not).
    if not template_name.endswith(".html"):
        return output_content
    return _build.policies.apply(output_content)


@event_priority(-50)  # every page written, before the folder is swapped in
@_edge
def _index_search(config: MkDocsConfig) -> None:
    assert _build.site is not None
    site_dir = Path(config.site_dir)
    if _build.serving and not _build.dirty:  # what this build did not write is stale
        serve_folder.sweep(site_dir, _build.written_since)
    if "material/offline" in config.plugins:  # opened from the file system: no Pagefind there
        size = _build.site.index_offline_search(site_dir, Path(config.docs_dir))
        log.info(f"offline search index: {size:,} bytes")
    elif _build.serving:  # the edited page shows now; search catches up in a few seconds
        _build.search.build_done(site_dir, Path(config.config_file_path).parent)
        log.info("search: Pagefind indexes this build in the background")
    else:
        report = _build.site.index_search(site_dir)
        log.info(f"search: Pagefind indexed {report.pages} pages")
    header = _build.policies.header()
    (Path(config.site_dir) / csp.CSP_HEADER_FILE).write_text(header + "\n", "utf-8")
    log.info(f"The Content-Security-Policy for the web server's header is in {csp.CSP_HEADER_FILE}")


@event_priority(-1000)  # last of all: every plugin's output must be in the folder swapped in
@_edge
def _publish(config: MkDocsConfig) -> None:
    if _build.staged is None:
        return
    if _strict_will_abort(config):
        return  # MkDocs raises Abort next; on_build_error discards the folder
    _build.staged.publish()
    config.site_dir = str(_build.staged.target)  # for what runs after the build (gh-deploy)
    _build.staged = None


on_post_build = CombinedEvent(_index_search, _publish)


def _strict_will_abort(config: MkDocsConfig) -> bool:
    """Whether MkDocs is about to fail this build for its warnings (strict mode).

    MkDocs counts warnings with a `CountHandler` on the "mkdocs" logger and raises "Aborted
    with N warnings in strict mode!" only *after* the post_build events
    (mkdocs/commands/build.py), so publishing without this check would swap in a failed build.
    Reading the same counter gives the answer MkDocs is about to give; this event runs last,
    so no plugin can add a warning between the check and the swap.
    """
    if not config.strict:
        return False
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)


def on_build_error(error: Exception) -> None:
    target = _build.staged.target if _build.staged else None
    _build.discard()
    _build.release()
    if isinstance(error, OSError):  # disk full, read-only folder: one line, no traceback
        raise Abort(describe_os_error(error, target or Path(error.filename or "."))) from error


def on_shutdown() -> None:
    _build.search.close()
    _build.discard()  # stopped (Ctrl-C, SIGTERM) before the swap
    _build.release()
    _build.restore_sigterm()
