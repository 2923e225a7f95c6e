"""Which pages may share one rendering of the navigation (the site test checks the bytes)."""

from __future__ import annotations

from precedent_bank.site.shared_nav import SharedNav

NAV = ["", "browse/", "browse/firms/", "clauses/opinion-debt/", "guide/cli/"]


def test_pages_outside_the_navigation_share_by_folder() -> None:
    nav = SharedNav(NAV)
    assert nav.key("precedents/acme-2021/") == nav.key("precedents/zeta-1999/") == "precedents/"
    assert nav.key("aside/deeper/page/") == "aside/deeper/"
    assert nav.key("precedents/acme-2021.html") == "precedents"  # use_directory_urls: false


def test_pages_that_render_their_own() -> None:
    nav = SharedNav(NAV)
    assert nav.key("browse/firms/") is None  # in the navigation: highlighted there
    assert nav.key("guide/") is None  # guide/cli/ lies under it: its link differs
    assert nav.key("") is None  # the home page
    assert nav.key(None) is None  # the 404 template has no page


def test_markup_is_kept_per_folder_only() -> None:
    nav = SharedNav(NAV)
    assert nav.get("precedents/") is None
    assert nav.keep("precedents/", "<nav>p</nav>") == "<nav>p</nav>"
    assert nav.get("precedents/") == "<nav>p</nav>"
    assert nav.keep(None, "<nav>own</nav>") == "<nav>own</nav>"
    assert nav.get(None) is None
    assert nav.get("aside/") is None
