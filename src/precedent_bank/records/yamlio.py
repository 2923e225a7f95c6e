"""Reading records from YAML with every problem located, and writing them back losslessly.

PyYAML alone would silently take the last of two duplicate keys, read `no` as false, crash on
`2024-02-30` without saying where, and turn U+0085 into a line break when writing. This module
composes the node tree once (which keeps line and column marks), builds the Python values
itself so it can report each of those cases at its place, and keeps the nodes so that later
validation errors can be located too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Loc = tuple[str | int, ...]

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_STR_TAG = "tag:yaml.org,2002:str"
# Characters a record must not contain: C1 controls (usually a mis-decoded file), the C0 controls
# other than tab and line breaks, DEL, lone surrogates and the two non-characters PyYAML refuses.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_C1 = re.compile("[\x80-\x9f]")
# Line breaks YAML would read back as "\n" in a block scalar (a lone CR) or that PyYAML's
# emitter writes raw inside one.
_BLOCK_UNSAFE = re.compile("[\r\x85\u2028\u2029]")


@dataclass(frozen=True)
class YamlIssue:
    """A problem found while reading YAML, before the record's fields are checked."""

    line: int
    col: int
    loc: Loc
    message: str


@dataclass
class ParsedYaml:
    """The values of a YAML document, its node tree, and what was wrong with it."""

    data: Any = None
    root: Node | None = None
    issues: list[YamlIssue] = field(default_factory=list)
    reported: set[Loc] = field(default_factory=set)
    """Locations that already have an issue, so validation need not report them again."""

    def node_at(self, loc: Loc) -> tuple[Node | None, bool]:
        """The node at `loc`, or its nearest ancestor; the flag says whether it is exact."""
        node = self.root
        for part in loc:
            child = _child(node, part)
            if child is None:
                return node, False
            node = child
        return node, True

    def key_at(self, loc: Loc) -> Node | None:
        """The key node of the mapping entry at `loc` (for unknown keys)."""
        parent, exact = self.node_at(loc[:-1])
        if not exact or not isinstance(parent, MappingNode):
            return None
        return next((k for k, _ in parent.value if k.value == loc[-1]), None)


def _child(node: Node | None, part: str | int) -> Node | None:
    if isinstance(node, MappingNode) and isinstance(part, str):
        return next((v for k, v in node.value if k.value == part), None)
    if isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: Node = node.value[part]
        return child
    return None


def parse_yaml(text: str) -> ParsedYaml:
    """Parse one YAML document, collecting every problem instead of stopping at the first."""
    parsed = ParsedYaml()
    bad_chars = [(m.start(), m.group()) for m in _FORBIDDEN.finditer(text)]
    # Blank them out (same length, so marks stay right) to find the file's other problems too.
    clean = _FORBIDDEN.sub(" ", text) if bad_chars else text
    try:
        parsed.root = yaml.compose(clean, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        parsed.issues.append(_syntax_issue(exc))
    if parsed.root is not None:
        parsed.data = _Builder(parsed).build(parsed.root, ())
    for index, char in bad_chars:
        line, col = _position(text, index)
        parsed.issues.append(
            YamlIssue(line, col, _loc_of_index(parsed.root, index), _bad_char(char))
        )
    return parsed


def _bad_char(char: str) -> str:
    kind = "C1 control character" if _C1.match(char) else "control character"
    return f"{kind} U+{ord(char):04X} is not allowed (is the file mis-encoded?)"


def _syntax_issue(exc: yaml.MarkedYAMLError) -> YamlIssue:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context})" if exc.context else ""
    return YamlIssue(line, col, (), f"YAML syntax error: {what}{context}")


def _position(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    line = before.count("\n") + 1
    return line, index - (before.rfind("\n") + 1) + 1


def _loc_of_index(root: Node | None, index: int, loc: Loc = ()) -> Loc:
    """The location of the innermost value whose text contains character `index`."""
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if value.start_mark.index <= index <= value.end_mark.index:
                return _loc_of_index(value, index, (*loc, key.value))
    elif isinstance(root, SequenceNode):
        for i, item in enumerate(root.value):
            if item.start_mark.index <= index <= item.end_mark.index:
                return _loc_of_index(item, index, (*loc, i))
    return loc


class _Builder:
    """Turns a node tree into Python values, reporting YAML-level surprises at their place."""

    def __init__(self, parsed: ParsedYaml) -> None:
        self.parsed = parsed
        self.constructor = SafeConstructor()

    def build(self, node: Node, loc: Loc) -> Any:
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, loc)

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in first_line:
                self.report(
                    key_node,
                    (*loc, key),
                    f"duplicate key '{key}' (first on line "
                    f"{first_line[key]}); a record may give each field once",
                )
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: Node, loc: Loc) -> Any:
        assert isinstance(node, ScalarNode)
        raw = node.value
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
        # Most scalars are text: take it as written rather than through the constructor.
        value = raw if node.tag == _STR_TAG else self.constructor.construct_object(node, deep=True)
        if isinstance(value, str) and (c1 := _C1.search(value)) and node.style is not None:
            self.report(node, loc, _bad_char(c1.group()))
        return value

    def _timestamp(self, node: ScalarNode, loc: Loc) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueError as exc:
            self.report(node, loc, f"impossible date {node.value} ({exc})")
            return None

    def report(self, node: Node, loc: Loc, message: str) -> None:
        mark = node.start_mark
        self.parsed.issues.append(YamlIssue(mark.line + 1, mark.column + 1, loc, message))
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
