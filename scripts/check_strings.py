"""Fails on text the translators cannot reach (run by ``make lint``).

Three rules (the f-string one over the modules that show text, ``ui/`` and ``app/``):
- ``tr()`` (and ``QCoreApplication.translate``) take a string literal: ``tr(variable)`` cannot
  be extracted by ``pyside6-lupdate``;
- no f-string with words in it outside logging: user-facing text goes through ``tr()`` with
  ``{0}`` placeholders filled by ``.format``;
- only ``self.tr("...")``: lupdate files a plain ``tr("...")`` (a module-level wrapper, an
  imported one, ``tr = self.tr``) under an empty context, and ``window.tr("...")`` under
  "window", neither of which matches the context Qt looks up at run time. Elsewhere use
  ``QCoreApplication.translate("Context", "...")``.
- one placeholder style: ``{0}`` filled by ``.format`` (``%n`` only for Qt's plurals), never
  Qt's ``%1``.
A line may opt out with ``# not-user-facing``, on it or on a comment line above it (e.g. a
file name, or the command line's one English line).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("rejection_desktop/ui", "rejection_desktop/app")
ENGLISH_ONLY = ("rejection_desktop/app/cli.py", "rejection_desktop/app/commands.py")
"""The command line speaks English (scripts parse it, and it runs before any translator)."""
TRANSLATED = ("rejection_desktop",)  # the tr() rules hold wherever lupdate looks
WORD = re.compile(r"[A-Za-z]{2,}(?=.*\s)|\s.*[A-Za-z]{2,}")  # running text, not a key
MARKUP = re.compile(r"<[^<>]*>|&[A-Za-z]+;")  # HTML tags and entities carry no words to translate
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "log"}
OPT_OUT = "# not-user-facing"
QT_PLACEHOLDER = re.compile(r"%[1-9]")


def is_literal(node: ast.expr) -> bool:
    """A plain string, or a concatenation of plain strings."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return is_literal(node.left) and is_literal(node.right)
    return False


def translate_text_arg(call: ast.Call) -> ast.expr | None:
    """The source-text argument of a ``tr``/``translate`` call, or None for other calls."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == "tr" and call.args:
        return call.args[0]
    if name == "translate" and len(call.args) >= 2:
        return call.args[1]
    return None


class Checker(ast.NodeVisitor):
    """Collects the problems of one module."""

    def __init__(self, path: Path, lines: list[str], *, fstrings: bool = True) -> None:
        self.path, self.lines, self.fstrings = path, lines, fstrings
        self.problems: list[str] = []
        self._exempt = 0  # inside a logging call or a raise


    def report(self, node: ast.AST, message: str) -> None:
        near = self.lines[max(0, node.lineno - 2):node.lineno]  # the line, or a comment above it
        if not any(OPT_OUT in line for line in near):
            self.problems.append(f"{self.path}:{node.lineno}: {message}")

    def visit_Call(self, node: ast.Call) -> None:
        text = translate_text_arg(node)
        if text is not None and not is_literal(text):
            self.report(node, "tr() of a variable: lupdate cannot extract it")
        elif text is not None and any(QT_PLACEHOLDER.search(part.value) for part in ast.walk(text)
                                      if isinstance(part, ast.Constant)):
            self.report(node, "a %1 placeholder: the app's one style is {0} with .format")
        if isinstance(node.func, ast.Name) and node.func.id == "tr":
            self.report(node, "plain tr(): lupdate files it under an empty context; use self.tr "
                              "or QCoreApplication.translate('Context', '...')")
        elif (isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
              and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
            self.report(node, "x.tr(): lupdate takes the name 'x' as the context, Qt the class; "
                              "use QCoreApplication.translate('Context', '...')")
        func = node.func
        logging_call = isinstance(func, ast.Attribute) and func.attr in LOGGING
        self._exempt += logging_call
        self.generic_visit(node)
        self._exempt -= logging_call

    def visit_Raise(self, node: ast.Raise) -> None:
        self._exempt += 1
        self.generic_visit(node)
        self._exempt -= 1

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if self.fstrings and not self._exempt and WORD.search(MARKUP.sub("", literal)):
            self.report(node, "an f-string with words: use tr('... {0}').format(...)")
        self.generic_visit(node)


def check(paths: list[Path]) -> list[str]:
    problems: list[str] = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        relative = path.relative_to(ROOT)
        shows_text = (any(relative.as_posix().startswith(folder + "/") for folder in CHECKED)
                      and relative.as_posix() not in ENGLISH_ONLY)
        checker = Checker(relative, source.splitlines(), fstrings=shows_text)
        checker.visit(ast.parse(source, str(path)))
        problems.extend(checker.problems)
    return problems


def main() -> int:
    paths = sorted(p for folder in TRANSLATED for p in (ROOT / folder).rglob("*.py"))
    problems = check(paths)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} untranslatable string(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
