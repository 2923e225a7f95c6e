"""Reading records from YAML with every problem located, and writing them back losslessly.

PyYAML alone would silently take the last of two duplicate keys, read `no` as false, crash on
`2024-02-30` or `!!int abc` without saying where, expand an alias bomb until memory runs out,
count U+2028 as a line break (so every later line number is off), and turn U+0085 into a line
break when writing. This module composes the node tree once (which keeps line and column marks),
builds the Python values itself so it can report each of those cases at its place, and keeps
the nodes so that later validation errors can be located too.

A record has no use for YAML's anchors, aliases and tags: they are refused before anything
expands or constructs them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from precedent_bank.errors import Severity

Loc = tuple[str | int, ...]

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML_TAG = "tag:yaml.org,2002:"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_STR_TAG = "tag:yaml.org,2002:str"
_TAG_REFUSED = "explicit YAML tags are not allowed in {}s ({}); write the value plainly"
# The tags the resolver gives plain scalars that are built as values (not `<<` or `=`).
_CONSTRUCTED = {_YAML_TAG + name for name in ("null", "bool", "int", "float")}
# Characters a record must not contain: C1 controls (usually a mis-decoded file), the C0 controls
# other than tab and line breaks, DEL, lone surrogates and the two non-characters PyYAML refuses.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Each is reported up to this many; a corrupt file can hold a million.
_MAX_BAD_CHARS = 20
# A record's values are at most four levels deep (clauses, a clause, its field); YAML allows a
# thousand, which would exhaust Python's recursion limit while building them.
_MAX_DEPTH = 20
_C1 = re.compile("[\x80-\x9f]")
# The same characters written as escapes ("\x01", "\0", "\e") in a double-quoted value: they
# reach the page and the Word file (where one makes the file unopenable) just as raw ones would.
# Vertical tab and form feed are left to the fields that care (a one-line field refuses them).
_ESCAPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Line breaks YAML would read back as "\n" in a block scalar (a lone CR) or that PyYAML's
# emitter writes raw inside one.
_BLOCK_UNSAFE = re.compile("[\r\x85\u2028\u2029]")
# Where an anchor (&a), an alias (*a) or a tag (!t) could begin: where a node can, after the
# indentation of a line or after an indicator (- : ? [ { ,) and spaces. Only a text with such a
# place is parsed a second time to look for them; Markdown's *emphasis* mid-line is not one. (One
# run of spaces per place, so that the search stays linear in the text's length.)
_MAYBE_PROPERTY = re.compile(
    r"(?:^|[-:?\[{,\r\x85\u2028\u2029])[ \t]*(?:[&*][\w-]|!)", re.MULTILINE
)
# Line breaks as editors count them (YAML's marks also count U+0085, U+2028 and U+2029).
_EDITOR_BREAK = re.compile("\r\n?|\n")
# Characters that change how text displays (bidi controls) or do not display (zero width).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# (the letter pages mark them where a letter holds them: site/fragments.py)
INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """`text` without invisible characters - those a record is warned of (zero-width spaces,
    byte order marks, direction marks) and every other format character (a soft hyphen, an
    invisible separator) or grapheme joiner: for text made from a letter, never the letter's
    own."""
    if text.isascii():
        return text
    return "".join(c for c in text if c != "\u034f" and unicodedata.category(c) != "Cf")


class Mark(Protocol):
    """Where a node or event starts or ends (PyYAML's or libyaml's marks), 0-based."""

    line: int
    column: int
    index: int


@dataclass(frozen=True)
class YamlIssue:
    """A problem found while reading YAML, before the record's fields are checked."""

    line: int
    col: int
    loc: Loc
    message: str
    severity: Severity = "error"


@dataclass
class ParsedYaml:
    """The values of a YAML document, its node tree, and what was wrong with it."""

    text: str = ""
    drift: bool = False
    """Whether marks' line numbers drift from an editor's (U+0085, U+2028 or U+2029 in text)."""
    data: Any = None
    root: Node | None = None
    issues: list[YamlIssue] = field(default_factory=list)
    reported: set[Loc] = field(default_factory=set)
    """Locations that already have an issue, so validation need not report them again."""
    tagged: set[int] = field(default_factory=set)
    """Where nodes with an explicit tag start (character index): their tag is not applied."""
    noun: str = "record"
    """What kind of file this is, as its messages name it ("record", "standards file")."""
    _mappings: dict[int, dict[str, tuple[Node, Node]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """Each mapping's entries by key, made when a problem in it is first located."""

    def position(self, mark: Mark) -> tuple[int, int]:
        """The 1-based line and column of a mark, as an editor shows them."""
        if not self.drift:
            return mark.line + 1, mark.column + 1
        return self.position_at(mark.index)

    def position_at(self, index: int) -> tuple[int, int]:
        """The 1-based line and column of character `index`, counting lines as editors do."""
        line = bisect_right(self._line_starts, index)
        return line, index - self._line_starts[line - 1] + 1

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _EDITOR_BREAK.finditer(self.text))]

    def node_at(self, loc: Loc) -> tuple[Node | None, bool]:
        """The node at `loc`, or its nearest ancestor; the flag says whether it is exact."""
        node = self.root
        for part in loc:
            child = self._child(node, part)
            if child is None:
                return node, False
            node = child
        return node, True

    def key_at(self, loc: Loc) -> Node | None:
        """The key node of the mapping entry at `loc` (for unknown keys)."""
        parent, exact = self.node_at(loc[:-1])
        if not exact or not isinstance(parent, MappingNode):
            return None
        return self._entries(parent).get(str(loc[-1]), (None, None))[0]

    def _child(self, node: Node | None, part: str | int) -> Node | None:
        if isinstance(node, MappingNode) and isinstance(part, str):
            return self._entries(node).get(part, (None, None))[1]
        if isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            child: Node = node.value[part]
            return child
        return None

    def _entries(self, node: MappingNode) -> dict[str, tuple[Node, Node]]:
        """A mapping's (key, value) nodes by key, the first of a repeated key; made once per
        mapping, so that locating each of a record's many problems does not scan it again."""
        entries = self._mappings.get(id(node))
        if entries is None:
            entries = self._mappings[id(node)] = {}
            for key, value in node.value:
                if isinstance(key.value, str):  # a key that is a list or mapping names nothing
                    entries.setdefault(key.value, (key, value))
        return entries

    def where(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The line and column of the value at `loc` (or of its nearest ancestor), or with
        `key` of the key that names it (for unknown keys); 1:1 if the document has no nodes."""
        node = (self.key_at(loc) if key else None) or self.node_at(loc)[0]
        return self.position(node.start_mark) if node is not None else (1, 1)


def parse_yaml(text: str, noun: str = "record") -> ParsedYaml:
    """Parse one YAML document, collecting every problem instead of stopping at the first.

    Args:
        text: The document.
        noun: What kind of file it is, for the messages ("YAML aliases are not allowed in
            standards files"); records are the default.
    """
    text = text.removeprefix("\ufeff")  # marks do not count a byte-order mark, nor do editors
    bad_chars = [(m.start(), m.group()) for m in _FORBIDDEN.finditer(text)]
    # Blank them out (same length, so marks stay right) to find the file's other problems too.
    clean = _FORBIDDEN.sub(" ", text) if bad_chars else text
    parsed = ParsedYaml(text=clean, drift=_BLOCK_UNSAFE.search(clean) is not None, noun=noun)
    refused = _refuse_properties(parsed) if _MAYBE_PROPERTY.search(clean) else []
    try:
        parsed.root = yaml.compose(clean, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        parsed.issues.append(_syntax_issue(parsed, exc))
    for mark, message in refused:
        line, col = parsed.position(mark)
        loc = _loc_of_index(parsed.root, mark.index)
        parsed.issues.append(YamlIssue(line, col, loc, message))
    if parsed.root is not None:
        parsed.data = _Builder(parsed).build(parsed.root, ())
    _report_bad_chars(parsed, bad_chars)
    return parsed


def _report_bad_chars(parsed: ParsedYaml, bad_chars: list[tuple[int, str]]) -> None:
    """Report each forbidden character, up to `_MAX_BAD_CHARS`, then how many more there are."""
    for index, char in bad_chars[:_MAX_BAD_CHARS]:
        line, col = parsed.position_at(index)
        parsed.issues.append(
            YamlIssue(line, col, _loc_of_index(parsed.root, index), _bad_char(char))
        )
    if len(bad_chars) > _MAX_BAD_CHARS:
        line, col = parsed.position_at(bad_chars[_MAX_BAD_CHARS][0])
        more = len(bad_chars) - _MAX_BAD_CHARS
        message = f"{more} more control characters from here on (is the file mis-encoded?)"
        parsed.issues.append(YamlIssue(line, col, (), message))


def _refuse_properties(parsed: ParsedYaml) -> list[tuple[Mark, str]]:
    """The first alias (else anchor) and every explicit tag, found in the parser's events.

    Events are read before anything is composed or constructed, so a billion-laughs file costs
    no more than its own size. Tagged nodes are noted so that their tag is not applied.
    """
    found: list[tuple[Mark, str]] = []
    alias = anchor = None
    try:
        for event in yaml.parse(parsed.text, Loader=_Loader):
            mark = event.start_mark
            if mark is None:  # only events made by hand lack marks
                continue
            if isinstance(event, AliasEvent):
                alias = alias or (mark, f"aliases (*{event.anchor})")
            elif isinstance(event, NodeEvent) and event.anchor:
                anchor = anchor or (mark, f"anchors (&{event.anchor})")
            if (tag := getattr(event, "tag", None)) is not None:
                parsed.tagged.add(mark.index)
                found.append((mark, _TAG_REFUSED.format(parsed.noun, _short_tag(tag))))
    except yaml.MarkedYAMLError:
        pass  # composing reports it
    if reference := alias or anchor:
        mark, what = reference
        refused = f"YAML {what} are not allowed in {parsed.noun}s; write the value out"
        found.append((mark, refused))
    return found


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag


def _bad_char(char: str) -> str:
    kind = "C1 control character" if _C1.match(char) else "control character"
    return f"{kind} U+{ord(char):04X} is not allowed (is the file mis-encoded?)"


def _syntax_issue(parsed: ParsedYaml, exc: yaml.MarkedYAMLError) -> YamlIssue:
    mark = exc.problem_mark or exc.context_mark
    line, col = parsed.position(mark) if mark else (1, 1)
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context})" if exc.context else ""
    return YamlIssue(line, col, (), f"YAML syntax error: {what}{context}")


def _loc_of_index(root: Node | None, index: int, loc: Loc = ()) -> Loc:
    """The location of the innermost value whose text contains character `index`."""
    if len(loc) > _MAX_DEPTH:
        return loc
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if value.start_mark.index <= index < value.end_mark.index:
                return _loc_of_index(value, index, (*loc, key.value))
    elif isinstance(root, SequenceNode):
        for i, item in enumerate(root.value):
            if item.start_mark.index <= index < item.end_mark.index:
                return _loc_of_index(item, index, (*loc, i))
    return loc


class _Builder:
    """Turns a node tree into Python values, reporting YAML-level surprises at their place."""

    def __init__(self, parsed: ParsedYaml) -> None:
        self.parsed = parsed
        self.constructor = SafeConstructor()
        self.seen: set[int] = set()

    def build(self, node: Node, loc: Loc) -> Any:
        if id(node) in self.seen:
            # An alias: refused already, and never expanded (that is how alias bombs explode).
            self.parsed.reported.add(loc)
            return None
        self.seen.add(id(node))
        if len(loc) > _MAX_DEPTH:
            self.report(
                node,
                loc,
                f"nested more than {_MAX_DEPTH} levels deep; a {self.parsed.noun}'s "
                "fields are a few levels deep at most",
            )
            return None
        if node.start_mark.index in self.parsed.tagged:
            self.parsed.reported.add(loc)
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, loc)

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, loc, "a field name must be plain text")
                continue
            key = str(key_node.value)
            if key in first_line:
                self.report(
                    key_node,
                    (*loc, key),
                    f"duplicate key '{key}' (first on line "
                    f"{first_line[key]}); a {self.parsed.noun} may give each field once",
                )
                continue
            first_line[key] = self.parsed.position(key_node.start_mark)[0]
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: Node, loc: Loc) -> Any:
        assert isinstance(node, ScalarNode)
        raw = node.value
        if node.start_mark.index in self.parsed.tagged:
            return raw  # the tag is refused; its meaning is not applied
        if node.tag == _BOOL_TAG and raw.lower() not in ("true", "false"):
            self.report(
                node,
                loc,
                f"YAML reads {raw} as {_yaml11_bool(raw)}; write true or "
                f'false, or put text in quotes ("{raw}")',
            )
            return raw
        if node.tag == _TIMESTAMP_TAG:
            return self._timestamp(node, loc)
        if node.tag not in _CONSTRUCTED:
            # Most scalars are text: take it as written rather than through the constructor.
            return self._text(node, loc)
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError:
            self.report(node, loc, f"YAML cannot read {raw} as a number; put text in quotes")
            return raw

    def _text(self, node: ScalarNode, loc: Loc) -> str:
        value: str = node.value
        if (bad := _ESCAPED.search(value)) and node.style is not None:
            self.report(node, loc, _bad_char(bad.group()))
        for char in dict.fromkeys(INVISIBLE.findall(value)):
            self._warn_invisible(node, loc, char)
        return value

    def _warn_invisible(self, node: ScalarNode, loc: Loc, char: str) -> None:
        effect = (
            "which can make text display differently from what it says"
            if _BIDI.match(char)
            else "which is invisible, so the text is not quite what it shows"
        )
        name = unicodedata.name(char, "")
        message = f"contains U+{ord(char):04X} {name}, {effect}"
        # Point at the character itself when it is written raw, else at the value.
        index = self.parsed.text.find(char, node.start_mark.index, node.end_mark.index)
        line, col = (
            self.parsed.position_at(index) if index >= 0 else self.parsed.position(node.start_mark)
        )
        self.parsed.issues.append(YamlIssue(line, col, loc, message, "warning"))

    def _timestamp(self, node: ScalarNode, loc: Loc) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError as exc:
            self.report(node, loc, f"impossible date {node.value} ({exc})")
            return None

    def report(self, node: Node, loc: Loc, message: str) -> None:
        line, col = self.parsed.position(node.start_mark)
        self.parsed.issues.append(YamlIssue(line, col, loc, message))
        self.parsed.reported.add(loc)


def _yaml11_bool(raw: str) -> str:
    return "true" if raw.lower() in ("yes", "y", "on") else "false"


# --- writing -------------------------------------------------------------------------------


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Block scalars for multi-line text, so records diff line by line (libyaml when present)."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if _BLOCK_UNSAFE.search(value):
        # PyYAML writes CR, U+0085, U+2028 and U+2029 raw in plain, single-quoted and block
        # scalars, where YAML reads them back as line breaks; double quotes escape them.
        style = '"'
    elif "\n" in value:
        style = "|"
    return dumper.represent_scalar(_STR_TAG, value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any, header: str = "") -> str:
    """Write `data` as YAML that reads back to exactly the same values."""
    body = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096, indent=2
    )
    return header + body


def load_plain(text: str) -> Any:
    """Read YAML we wrote ourselves (no locating needed)."""
    return yaml.load(text, Loader=_Loader)
