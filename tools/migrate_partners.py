"""Move translations out of partner names: "Original / polski / English" -> name + description.

Before partners had a description per language, some case files wrote all three languages into
`name`, separated by " / ". This rewrites such a partner, in place, as

    - name: "Original"
      description: {pl: "polski", en: "English"}
      type: ...

and lists every partner name it left alone that still contains " / " (check it by hand: a name may
contain a slash of its own, e.g. "CSV Lombardia / CSV Milano"). A name with no translation needs
nothing: its language is the case's country's unless the partner says `lang:`.

    python tools/migrate_partners.py cases/*.yml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# `- name: "…"` (block) or `- {name: "…", type: …}` (flow): the two forms the case files use.
_BLOCK = re.compile(r'^(?P<indent> *)- name: (?P<q>"?)(?P<name>.+?)(?P=q)\s*$')
_FLOW = re.compile(r'^(?P<indent> *)- \{name: (?P<q>"?)(?P<name>.+?)(?P=q), (?P<rest>.+)\}\s*$')


def split(name: str) -> tuple[str, str, str] | None:
    """("Original", "polski", "English") when the name has exactly three " / " parts."""
    parts = [p.strip() for p in name.split(" / ")]
    return tuple(parts) if len(parts) == 3 and all(parts) else None


def migrate(text: str) -> tuple[str, list[str]]:
    out, left = [], []
    for line in text.split("\n"):
        match = _FLOW.match(line) or _BLOCK.match(line)
        parts = split(match["name"]) if match else None
        if not parts:
            if match and " / " in match["name"]:
                left.append(match["name"])
            out.append(line)
            continue
        original, pl, en = (json.dumps(p, ensure_ascii=False) for p in parts)
        indent = match["indent"]
        description = f"description: {{pl: {pl}, en: {en}}}"
        if "rest" in match.groupdict() and match["rest"]:
            out.append(f"{indent}- {{name: {original}, {description}, {match['rest']}}}")
        else:
            out += [f"{indent}- name: {original}", f"{indent}  {description}"]
    return "\n".join(out), left


def main(paths: list[str]) -> int:
    for path in map(Path, paths):
        text = path.read_text(encoding="utf-8")
        new, left = migrate(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: migrated")
        for name in left:
            print(f"{path}: check by hand: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
