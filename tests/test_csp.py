"""The Content-Security-Policy module: hashes of exactly the scripts a browser would run."""

from __future__ import annotations

import base64
import hashlib

import pytest

from precedent_bank.site.csp import PagePolicies, inline_script_hashes, policy

PAGE = """<!doctype html>
<html><head>
  <meta charset="utf-8">
  <title>x</title>
  <script>var a = 1;</script>
  <script src="x.js"></script>
  <script id="__config" type="application/json">{"base": "."}</script>
  <script type="module">import "./m.js";</script>
</head><body><script>
var b = 2;
</script></body></html>"""


def sha(text: str) -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def test_hashes_cover_inline_scripts_only() -> None:
    expected = [sha("var a = 1;"), sha('import "./m.js";'), sha("\nvar b = 2;\n")]
    assert inline_script_hashes(PAGE) == expected


def test_a_script_in_the_pages_content_is_never_allowed() -> None:
    """Whatever got into a page's content (a hand-written page's raw HTML, say) is not the
    theme's: its hash stays out of the policy, so the browser refuses it."""
    content = (
        '<article class="md-content__inner md-typeset"><p>Term</p><script>alert(1)</script>'
        "</article><script>alert(2)</script></article>"
    )
    page = PAGE.replace("<body>", f"<body>{content}")
    hashes = inline_script_hashes(page)
    assert sha("alert(1)") not in hashes
    assert sha("alert(2)") not in hashes  # an early </article> does not end the content
    assert hashes == inline_script_hashes(PAGE)  # the theme's own still run


def test_the_policy_goes_right_after_the_charset() -> None:
    policies = PagePolicies()
    out = policies.apply(PAGE)
    head = out[out.index("<head>") :]
    assert head.startswith(
        '<head>\n  <meta charset="utf-8"><meta http-equiv="Content-Security-Policy"'
    )
    content = out.split('content="', 1)[1].split('"', 1)[0].replace("&#39;", "'")
    assert content == policy(inline_script_hashes(PAGE))
    assert "'unsafe-inline'" not in content
    assert "frame-ancestors" not in content  # browsers ignore it in a meta tag
    assert "connect-src 'self';" in content


def test_the_header_holds_every_page_hash_and_frame_ancestors() -> None:
    policies = PagePolicies()
    policies.apply(PAGE)
    policies.apply("<html><head><script>other()</script></head></html>")
    header = policies.header()
    assert sha("other()") in header
    assert sha("var a = 1;") in header
    assert header.endswith("frame-ancestors 'self'")


def test_search_may_run_webassembly_and_nothing_else_from_strings() -> None:
    """Pagefind's engine is WebAssembly: 'wasm-unsafe-eval' lets it compile that, no eval()."""
    out = PagePolicies().apply(PAGE)
    assert "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;" in out
    assert "&#39;unsafe-eval&#39;" not in out


def test_a_page_without_head_is_refused() -> None:
    with pytest.raises(ValueError, match="without <head>"):
        PagePolicies().apply("<p>no head</p>")


def test_live_reload_allows_inline_scripts_without_hashes() -> None:
    """mkdocs serve injects a different inline script into every response."""
    out = PagePolicies(live_reload=True).apply(PAGE)
    assert "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;unsafe-inline&#39;;" in out
    assert "sha256-" not in out
