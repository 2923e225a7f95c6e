"""Navigation markup shared by the pages outside the navigation.

Material renders the whole navigation into every page, which is the largest cost of a page. A
page that is not in the navigation highlights nothing in it, and its links to the navigation's
pages are relative to its folder; so every such page of a folder - every precedent page - gets
the same markup, unless a page of the navigation lies under its own URL (the relative link
would then be shorter). `overrides/partials/nav.html` asks a `SharedNav` for the markup before
rendering Material's own partial, and hands it what it rendered.
"""

from __future__ import annotations

import posixpath


class SharedNav:
    """Rendered navigation markup by folder, for one build."""

    def __init__(self, nav_urls: list[str]) -> None:
        self._nav_urls = nav_urls
        self._markup: dict[str, str] = {}

    def key(self, page_url: str | None) -> str | None:
        """The folder whose pages share this page's markup; None when the page must render its
        own: it is in the navigation, a page of the navigation lies under its URL, or there is
        no page (the 404 template)."""
        if page_url is None or any(url.startswith(page_url) for url in self._nav_urls):
            return None
        folder = posixpath.dirname(page_url.rstrip("/"))
        return folder + "/" if page_url.endswith("/") else folder

    def get(self, key: str | None) -> str | None:
        return None if key is None else self._markup.get(key)

    def keep(self, key: str | None, markup: str) -> str:
        if key is not None:
            self._markup[key] = markup
        return markup
