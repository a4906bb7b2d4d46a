"""Safe YAML loading that remembers where every value came from.

One parse gives both the data and the node tree; walking the nodes gives a map
from a value's path, e.g. ('legal_basis', 1, 'provision'), to its line, so that
every later problem can point at `file:line`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .problems import Problem


# libyaml scans and parses (fast, in C) where it is installed; the composer that
# turns events into nodes stays in Python so that aliases can be refused there.
try:
    from yaml.cyaml import CParser as _Parser
except ImportError:  # PyYAML built without libyaml
    _Parser = None


class _Loader(*((yaml.composer.Composer, _Parser) if _Parser else (yaml.SafeLoader,)),
              yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
    """Safe loading that keeps dates as strings and refuses aliases."""

    def __init__(self, stream):
        if _Parser:
            _Parser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
        else:
            yaml.SafeLoader.__init__(self, stream)

    def compose_node(self, parent, index):
        # Aliases are how "billion laughs" bombs grow; content never needs them.
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


# Unquoted 2021-03-04 would become a datetime.date; the schema wants strings.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}


@dataclass
class Document:
    """A loaded YAML file: its data and the line of each value and key."""

    rel: str
    data: object
    lines: dict = field(default_factory=dict)
    key_lines: dict = field(default_factory=dict)

    def line(self, path: tuple) -> int:
        """Line of the value at `path`, or of its nearest ancestor."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def key_line(self, path: tuple) -> int:
        return self.key_lines.get(tuple(path)) or self.line(path)


_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)

# The largest real content file is under 30 kB. A file far beyond this is a
# mistake (a pasted export, a binary); refusing it early keeps `make check` fast
# and the pages readable.
MAX_BYTES = 1_000_000


def load(path: Path, rel: str) -> tuple[Document | None, list[Problem]]:
    """Read one YAML file; return the document or the problems that stop it."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, [Problem(rel, 1, f"file too large ({size / 1e6:.1f} MB); a content file may be at most "
                                      f"{MAX_BYTES / 1e6:.0f} MB")]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return None, [Problem(rel, line, f"not valid UTF-8 (byte 0x{raw[err.start]:02x}); save the file as UTF-8")]
    if not text.strip():
        return None, [Problem(rel, 1, "the file is empty")]
    tab = _TAB_INDENT.search(text)
    if tab:
        line = text.count("\n", 0, tab.start()) + 1
        return None, [Problem(rel, line, "tab character in indentation; indent with spaces")]
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, [Problem(rel, 1, "the file is empty")]
            problems = []
            doc = Document(rel, None)
            _walk(node, (), doc, problems)
            if problems:
                return None, problems
            doc.data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        return None, [_syntax_problem(rel, err)]
    except yaml.YAMLError as err:
        return None, [Problem(rel, 1, f"invalid YAML: {err}")]
    return doc, []


# PyYAML's wording, with what usually causes it. An unclosed bracket or quote is
# found only where the parser gives up, so those point at where it was opened.
_HINTS = {
    "mapping values are not allowed": "check the indentation, or quote a value that contains ': '",
    "could not find expected ':'": "a line that is not 'key: value', e.g. a missing space after ':'",
    "did not find expected ',' or ']'": "a [ list ] that is not closed",
    "did not find expected ',' or '}'": "a { mapping } or a quoted text that is not closed",
    "found unexpected end of stream": "a quoted text that is not closed",
    "but found another document": "one record per file: remove the '---' line",
}
_OPENED_AT = ("while parsing a flow", "while scanning a simple key", "while scanning a quoted scalar")


def _syntax_problem(rel: str, err: yaml.MarkedYAMLError) -> Problem:
    if err.problem and "could not determine a constructor" in err.problem:
        return Problem(rel, err.problem_mark.line + 1, "invalid YAML: tags (!!name) are not allowed")
    opened = err.context and err.context.startswith(_OPENED_AT) and err.context_mark
    mark = err.context_mark if opened else (err.problem_mark or err.context_mark)
    what = " ".join(p for p in (err.context, err.problem) if p)
    hint = next((h for key, h in _HINTS.items() if key in what), None)
    return Problem(rel, mark.line + 1 if mark else 1, f"invalid YAML: {what}" + (f" ({hint})" if hint else ""))


def _walk(node, path: tuple, doc: Document, problems: list[Problem]) -> None:
    doc.lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                problems.append(Problem(doc.rel, key_node.start_mark.line + 1, "keys must be plain names"))
                continue
            key = key_node.value
            if key in seen:
                problems.append(Problem(doc.rel, key_node.start_mark.line + 1, f"duplicate key '{key}'"))
            seen.add(key)
            doc.key_lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), doc, problems)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), doc, problems)
