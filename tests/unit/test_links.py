"""The [[id]] cross-link syntax."""

from handbook import links


def test_find_reports_lines_and_skips_code():
    text = "See [[a]] and [[b|text]].\n```\n[[c]]\n```\nInline `[[d]]` and ``x [[e]]`` but [[f]].\nEscaped \\[[g]].\n"
    assert links.find(text) == [(1, "a"), (1, "b"), (5, "f")]


def test_replace_keeps_code_and_escapes():
    text = "A [[a]] `[[b]]`\n~~~\n[[c]]\n~~~\n[[d|own text]]\n"
    out = links.replace(text, lambda ref, label: f"<{ref}:{label}>")
    assert out == "A <a:None> `[[b]]`\n~~~\n[[c]]\n~~~\n<d:own text>\n"
