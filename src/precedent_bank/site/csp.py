"""The Content-Security-Policy of every page: only the site's own code runs, nothing leaves.

Each finished page gets the policy as a `<meta http-equiv>` right after its charset, so it also
protects the offline copy opened from disk, where no server can send headers. Scripts may come
from the site itself, plus the theme's inline scripts, allowed by their SHA-256 hashes (Material
writes a few whose text depends on the page's depth), computed from the finished page so that
they always match. Only a script the theme's own templates write is hashed: its text must be
one of theirs, with a path where the template prints a value (`ThemeScripts`). Where a page
stands is no proof - a hand-written page's front matter reaches the navigation, and its heading
the page's `<title>` - so any other inline script, wherever it got in, stays refused. Should
anything get past the sanitizers, the browser still refuses to run it or to send anything to
another host.

A header can say more than a meta tag (`frame-ancestors`), so the build also collects the hashes
of all pages into one policy for the web server (see docs/guide/hosting.md).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from markupsafe import escape

CSP_HEADER_FILE = "csp-header.txt"
"""Written into the built site: the policy as a server header, for the hosting guide's configs."""

_DIRECTIVES: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    # Plus the hashes of the page's inline scripts. Search (Pagefind) runs WebAssembly, which
    # needs 'wasm-unsafe-eval': it compiles WebAssembly only, never JavaScript from strings.
    "script-src": ("'self'", "'wasm-unsafe-eval'"),
    # No inline style anywhere: Material sets styles from script (CSSOM, which CSP allows) and
    # mkdocs.yml has the tables extension align cells with align= instead of style=.
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),  # Material's icons are data: SVGs in its CSS
    "font-src": ("'self'",),
    "connect-src": ("'self'",),  # the search index, and nothing anywhere else
    "worker-src": ("'self'",),  # Pagefind's search worker
    "frame-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
_HEADER_ONLY = {"frame-ancestors": ("'self'",)}  # browsers ignore it in a meta tag

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.DOTALL | re.IGNORECASE)
_SRC = re.compile(r"\ssrc\s*=", re.IGNORECASE)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
_JS_TYPES = {"", "module", "text/javascript", "application/javascript"}
# The start of <head>, and its charset declaration if that comes first (it must stay early).
_HEAD = re.compile(r"<head\b[^>]*>(?:\s*<meta\s+charset\s*=[^>]*>)?", re.IGNORECASE)


class ThemeScripts:
    """The inline scripts the theme's templates write, each as a pattern of its text.

    Read from the templates themselves (Material's and overrides/), so an upgrade of the theme
    needs no list kept by hand. A value a template prints into a script (`{{ base_url }}`)
    matches a path: no quote, angle bracket, backslash or line break, so nothing can close the
    string it stands in. Scripts of templates the site does not use and whose printed value
    comes from a page are left out: redirect.html sends the reader to its page's `location`
    (a hand-written page could name any address), and the analytics integrations load an
    outside service's script.
    """

    def __init__(self, template_dirs: Iterable[Path]) -> None:
        patterns: dict[str, None] = {}
        for folder in template_dirs:
            for path in sorted(Path(folder).rglob("*.html")):
                if path.name in _NOT_ALLOWED or "integrations" in path.parts:
                    continue
                for body in inline_scripts(path.read_text("utf-8")):
                    patterns[_template_pattern(body)] = None
        self._patterns = [re.compile(p, re.DOTALL) for p in patterns]

    def allows(self, body: str) -> bool:
        """Whether a page's inline script is one of the theme's."""
        return any(p.fullmatch(body) for p in self._patterns)


_NOT_ALLOWED = frozenset({"redirect.html"})
_PRINTED = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_VALUE = r"[^\"'<>\\\n]*"


def _template_pattern(body: str) -> str:
    """A script of a template as a regular expression: its text, a path for each value."""
    parts = _PRINTED.split(body)
    return "".join(
        re.escape(part) if i % 2 == 0 else _VALUE if part.startswith("{{") else ""
        for i, part in enumerate(parts)
    )


def inline_scripts(html: str) -> list[str]:
    """The text of each inline script a browser would run (not a file, not data), in page
    order."""
    bodies = []
    for match in _SCRIPT.finditer(html):
        attributes, body = match.groups()
        kind = _TYPE.search(attributes)
        if _SRC.search(attributes) or (kind and kind.group(1).lower() not in _JS_TYPES):
            continue  # a script file (covered by 'self') or data such as Material's __config
        bodies.append(body)
    return bodies


def script_hash(body: str) -> str:
    """The CSP source ('sha256-...') allowing an inline script with this text."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_script_hashes(html: str, theme: ThemeScripts) -> list[str]:
    """CSP sources for the page's inline scripts that are the theme's, in page order."""
    hashes = [script_hash(b) for b in inline_scripts(html) if theme.allows(b)]
    return list(dict.fromkeys(hashes))


def policy(hashes: list[str], header: bool = False, live_reload: bool = False) -> str:
    """The policy allowing these inline-script hashes.

    Args:
        hashes: CSP sources of the inline scripts to allow.
        header: add the directives only a header can carry.
        live_reload: for `mkdocs serve`, which injects an inline script of its own (different
            on every request, so no hash can allow it) after the page is finished: inline
            scripts are allowed, and no hash given, since a hash would disable that.
    """
    directives = dict(_DIRECTIVES, **(_HEADER_ONLY if header else {}))
    directives["script-src"] += ("'unsafe-inline'",) if live_reload else tuple(hashes)
    return "; ".join(" ".join((name, *sources)) for name, sources in directives.items())


class PagePolicies:
    """Puts each page's policy into it, and remembers every hash for the site-wide header."""

    def __init__(self, theme: ThemeScripts, live_reload: bool = False) -> None:
        """Start a build's policies; `live_reload` under `mkdocs serve` (see `policy`)."""
        self.hashes: dict[str, None] = {}
        self.theme = theme
        self.live_reload = live_reload

    def apply(self, html: str) -> str:
        """The finished page with its policy as the first thing in <head> after the charset.

        Raises:
            ValueError: the page has no <head> to put the policy in.
        """
        hashes = inline_script_hashes(html, self.theme)
        self.hashes.update(dict.fromkeys(hashes))
        content = escape(policy(hashes, live_reload=self.live_reload))
        meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
        head = _HEAD.search(html)
        if head is None:
            raise ValueError("a page without <head>: nowhere to put its Content-Security-Policy")
        return html[: head.end()] + meta + html[head.end() :]

    def header(self) -> str:
        """The policy for the server's Content-Security-Policy header: all pages' hashes."""
        return policy(sorted(self.hashes), header=True)
