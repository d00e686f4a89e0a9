"""Drive the running app as a screen reader does: through AT-SPI, by accessible names only.

Run by the system python (``/usr/bin/python3``, which has Debian's ``python3-pyatspi``), with
the private session bus and display of the test in its environment::

    python3 atspi_driver.py names      # every interactive control on the five pages is named
    python3 atspi_driver.py loop       # Today -> plan an ask -> log it -> reflect

It prints one JSON object on its last line: {"ok": true, ...} or {"ok": false, "error": ...}.
It imports nothing of the app: what it can do, a screen-reader user can do.
"""

from __future__ import annotations

import json
import sys
import time
import traceback

import pyatspi

APP = "rejection-desktop"
PAGES = ("Today", "Challenges", "Journal", "Progress", "Settings")
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "slider", "text", "entry", "password text", "list", "table", "tree", "tree table",
    "page tab", "link", "menu item", "dial"}
"""Roles a user operates; scroll bars are left out (Qt leaves them unnamed and screen readers
announce them by role)."""
ITEMS = {"list", "table", "tree", "tree table", "combo box", "menu bar", "menu", "popup menu"}
"""Containers whose children are rows or menu entries, not separate controls."""
TIMEOUT = 30.0


class DriveError(Exception):
    """What a screen-reader user could not do."""


def wait(condition, what: str, timeout: float = TIMEOUT):
    """The first truthy ``condition()`` within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = condition()
        except Exception:  # a node vanished while we looked: look again
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise DriveError(f"timed out waiting for {what}")
        time.sleep(0.2)


def showing(node) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def closed(node) -> bool:
    """True once a window is hidden or gone from the bus."""
    try:
        return not showing(node)
    except Exception:
        return True


def app():
    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        return next((a for a in desktop if a is not None and a.name == APP), None)
    return wait(find, f"{APP} on the accessibility bus")


def window(role: str, starts: str):
    """A top-level window of the app whose name starts with ``starts``."""
    return wait(lambda: next((t for t in app() if t is not None and t.getRoleName() == role
                              and t.name.startswith(starts) and showing(t)), None),
                f"a {role} named {starts!r}")


def control(parent, role: str, name: str, *, prefix: bool = False):
    """The showing control of ``role`` named ``name`` under ``parent``."""
    def match(node) -> bool:
        return (node is not None and node.getRoleName() == role
                and (node.name.startswith(name) if prefix else node.name == name)
                and showing(node))
    return wait(lambda: pyatspi.findDescendant(parent, match), f"{role} {name!r}")


def press(node) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next((i for i, n in enumerate(names) if n in ("Press", "press", "click")), 0)
    action.doAction(index)


def type_text(node, text: str) -> None:
    node.queryEditableText().setTextContents(text)


def set_value(node, value: float) -> None:
    node.queryValue().currentValue = value


def main_frame():
    return window("frame", "Rejection Desktop")


def go_to(page: str):
    """Select ``page`` in the sidebar list "Pages" (AT-SPI selection) and wait until its
    heading shows; returns the frame."""
    frame = main_frame()
    pages = control(frame, "list", "Pages")
    row = next(i for i, item in enumerate(pages) if item.name == page)
    pages.querySelection().selectChild(row)
    stack = wait(lambda: pyatspi.findDescendant(
        frame, lambda n: n is not None and n.getRoleName() == "layered pane"), "the pages")
    wait(lambda: pyatspi.findDescendant(
        stack, lambda n: n is not None and n.getRoleName() in ("label", "heading")
        and n.name == page and showing(n)), f"the {page} page")
    return frame


def interactive_controls(node, path: str = "") -> list[tuple[str, str]]:
    """(path, name) of the showing interactive controls under ``node``."""
    found = []
    for child in node:
        if child is None or not showing(child):
            continue
        role = child.getRoleName()
        where = f"{path}/{role}"
        if role in INTERACTIVE:
            found.append((where, child.name.strip()))
        if role not in ITEMS:
            found += interactive_controls(child, f"{where}[{child.name[:30]}]" if child.name
                                          else where)
    return found


def check_names() -> dict:
    problems, checked = {}, {}
    for page in PAGES:
        frame = go_to(page)
        stack = pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "layered pane")
        controls = interactive_controls(stack)
        checked[page] = len(controls)
        missing = [where for where, name in controls if not name]
        if missing:
            problems[page] = missing
    if problems:
        raise DriveError(f"unnamed controls: {json.dumps(problems)}")
    return {"checked": checked}


def daily_loop() -> dict:
    go_to("Journal")  # from elsewhere, as a user coming back to the app would
    frame = go_to("Today")
    challenge = None
    suggestion = pyatspi.findDescendant(frame, lambda n: n.getRoleName() == "label"
                                        and n.name == "Your next step")
    if suggestion is not None:
        titles = [c.name for c in suggestion.parent if c.getRoleName() == "label"]
        challenge = titles[1] if len(titles) > 1 else None
    press(control(frame, "push button", "Plan it"))

    plan = window("dialog", "Plan an ask")
    type_text(control(plan, "text", "Where, or with whom"), "the bakery on the corner")
    set_value(control(plan, "spin button", "Chance of a no, exact value"), 80)
    set_value(control(plan, "spin button", "How bad a no would feel, exact value"), 70)
    press(control(plan, "push button", "Save plan"))
    wait(lambda: closed(plan), "the plan form to close")

    frame = main_frame()
    press(control(frame, "push button", "Log outcome of", prefix=True))
    log = window("dialog", "Log an ask")
    press(control(log, "radio button", "Rejected"))
    set_value(control(log, "spin button", "How bad it felt, exact value"), 30)
    type_text(control(log, "text", "What happened, in one line"), "she said no, kindly")
    press(control(log, "push button", "Save and reflect"))
    wait(lambda: closed(log), "the log form to close")

    reflect = window("dialog", "Reflect")
    answer = control(reflect, "text", "Anything else?")
    type_text(answer, "It was less bad than I thought.")
    press(control(reflect, "push button", "Save reflection"))
    wait(lambda: closed(reflect), "the reflection form to close")

    frame = go_to("Journal")
    entry = wait(lambda: pyatspi.findDescendant(
        frame, lambda n: n is not None and n.getRoleName() in ("list item", "table cell")
        and challenge is not None and challenge in n.name), f"{challenge!r} in the Journal")
    return {"challenge": challenge, "journal_entry": entry.name}


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "loop"
    try:
        result = {"names": check_names, "loop": daily_loop}[command]()
    except DriveError as problem:
        print(json.dumps({"ok": False, "error": str(problem)}))
        return 1
    except Exception:
        print(json.dumps({"ok": False, "error": traceback.format_exc()}))
        return 1
    print(json.dumps({"ok": True, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
