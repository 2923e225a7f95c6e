"""The Content-Security-Policy module: hashes of exactly the scripts a browser would run."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from precedent_bank.site.csp import PagePolicies, ThemeScripts, inline_script_hashes, policy

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


@pytest.fixture(scope="module")
def theme(tmp_path_factory: pytest.TempPathFactory) -> ThemeScripts:
    """A theme whose templates write two inline scripts, one printing a path."""
    folder = tmp_path_factory.mktemp("theme")
    (folder / "partials").mkdir()
    (folder / "base.html").write_text(
        '<head><script>var a = 1;</script><script src="{{ base_url }}/x.js"></script></head>'
        "<body><script>\nvar b = 2;\n</script></body>",
        "utf-8",
    )
    (folder / "partials" / "scope.html").write_text(
        '{#- a comment -#}<script type="module">import "{{ base_url }}/m.js";</script>', "utf-8"
    )
    (folder / "redirect.html").write_text(
        '<script>location.replace("{{ page.meta.location }}")</script>', "utf-8"
    )
    return ThemeScripts([folder])


def test_hashes_cover_the_themes_inline_scripts_only(theme: ThemeScripts) -> None:
    expected = [sha("var a = 1;"), sha('import "./m.js";'), sha("\nvar b = 2;\n")]
    assert inline_script_hashes(PAGE, theme) == expected


@pytest.mark.parametrize(
    "script",
    [
        "alert(1)",  # not the theme's, wherever it stands on the page
        "var a = 1;alert(1)",  # the theme's text and more
        'import "x";alert(1);"/m.js";',  # a value that closes its string
        'location.replace("javascript:alert(1)")',  # a template the site does not use
    ],
)
def test_a_script_the_theme_does_not_write_is_never_allowed(
    theme: ThemeScripts, script: str
) -> None:
    """Whatever got into a page (a hand-written page's front matter reaches the navigation,
    its heading the <title>) is not the theme's: its hash stays out, so the browser refuses it."""
    page = PAGE.replace("<title>x</title>", f"<title>x</title><script>{script}</script>")
    hashes = inline_script_hashes(page, theme)
    assert sha(script) not in hashes
    assert hashes == inline_script_hashes(PAGE, theme)  # the theme's own still run


def test_the_material_theme_the_site_uses_is_read(theme: ThemeScripts) -> None:
    """Material's own templates: the scope script it writes with the page's depth is allowed."""
    import material

    templates = Path(material.__file__).parent / "templates"
    scripts = ThemeScripts([templates])
    assert scripts.allows('__md_scope=new URL("../..",location),' + SCOPE_REST)
    assert not scripts.allows('__md_scope=new URL("x",location),alert(1),' + SCOPE_REST)


SCOPE_REST = (
    "__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,"
    't=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,'
    'a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)


def test_the_policy_goes_right_after_the_charset(theme: ThemeScripts) -> None:
    policies = PagePolicies(theme)
    out = policies.apply(PAGE)
    head = out[out.index("<head>") :]
    assert head.startswith(
        '<head>\n  <meta charset="utf-8"><meta http-equiv="Content-Security-Policy"'
    )
    content = out.split('content="', 1)[1].split('"', 1)[0].replace("&#39;", "'")
    assert content == policy(inline_script_hashes(PAGE, theme))
    assert "'unsafe-inline'" not in content
    assert "frame-ancestors" not in content  # browsers ignore it in a meta tag
    assert "connect-src 'self';" in content


def test_the_header_holds_every_page_hash_and_frame_ancestors(theme: ThemeScripts) -> None:
    policies = PagePolicies(theme)
    policies.apply(PAGE)
    policies.apply("<html><head><script>\nvar b = 2;\n</script><script>other()</script></head>")
    header = policies.header()
    assert sha("\nvar b = 2;\n") in header
    assert sha("other()") not in header
    assert sha("var a = 1;") in header
    assert header.endswith("frame-ancestors 'self'")


def test_search_may_run_webassembly_and_nothing_else_from_strings(theme: ThemeScripts) -> None:
    """Pagefind's engine is WebAssembly: 'wasm-unsafe-eval' lets it compile that, no eval()."""
    out = PagePolicies(theme).apply(PAGE)
    assert "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;" in out
    assert "&#39;unsafe-eval&#39;" not in out


def test_a_page_without_head_is_refused(theme: ThemeScripts) -> None:
    with pytest.raises(ValueError, match="without <head>"):
        PagePolicies(theme).apply("<p>no head</p>")


def test_live_reload_allows_inline_scripts_without_hashes(theme: ThemeScripts) -> None:
    """mkdocs serve injects a different inline script into every response."""
    out = PagePolicies(theme, live_reload=True).apply(PAGE)
    assert "script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;unsafe-inline&#39;;" in out
    assert "sha256-" not in out
