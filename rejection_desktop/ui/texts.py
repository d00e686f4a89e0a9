"""Texts shown in several places: the ground rules, the self-help framing, crisis resources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("texts", text)


def ground_rules() -> list[str]:
    """The ground rules for every ask, shown up front and when adding a challenge."""
    return [
        tr("Ask only for what you would gladly accept if the answer were yes."),
        tr("Be kind. You are the one taking the risk, not the other person."),
        tr("Respect the no. Thank them, and let it be their answer."),
        tr("Nothing unsafe, unlawful, sexual, deceptive or costly to someone else."),
        tr("Never touch anyone without a clear yes."),
        tr("Adults only: never make these asks of children."),
        tr("Never film, photograph or post about people without their consent."),
        tr("With people at work, follow up at most once, then let it go."),
    ]


def personal_track_note() -> str:
    """What the personal track is, shown wherever it can be switched on."""
    return tr(
        "The personal track holds asks of friends, family, a partner and colleagues. Those "
        "noes can hurt more, so Today suggests them only if you switch this on. Skip any ask "
        "about someone who hurt you, someone you are estranged from or someone who asked you "
        "not to contact them.")


def ground_rules_html() -> str:
    return "<ul>" + "".join(f"<li>{rule}</li>" for rule in ground_rules()) + "</ul>"


def self_help_html() -> str:
    """What the app is and is not."""
    return tr(
        "<p><b>Rejection therapy</b> means asking people for things you expect to be refused, "
        "on purpose, a little at a time, so that a &ldquo;no&rdquo; stops ruling your choices."
        "</p><p>Rejection Desktop helps you do that like a small experiment: before an ask you "
        "write down how likely you think a no is and how bad it would feel; afterwards you log "
        "what really happened. Over time your own notes show how often your fears were right."
        "</p><p><b>This is self-help, not therapy.</b> It does not diagnose or treat anything. "
        "The rejections that hurt most often come from friends, family and colleagues, not "
        "strangers; the app has a personal track for those asks, with aftercare prompts, and "
        "it is fine to go slowly there or to do it with a professional's support.</p>"
    )


NOT_FOR_LINK = "not-for"
"""The href that opens the "who this is not for" page from About and onboarding."""


def not_for_link_html() -> str:
    return f"<p><a href='{NOT_FOR_LINK}'>" + tr("Who this app is not for") + "</a></p>"


def who_not_for_html() -> str:
    """Whom the app cannot help, and where to go instead."""
    return tr(
        "<p>Rejection Desktop is for adults (18 and over) who want to feel a little braver "
        "about asking for things. It is not a treatment.</p>"
        "<p><b>Please see a doctor or a mental health professional first</b> if fear of "
        "people stops you working, studying or seeing friends; if you avoid most social "
        "situations; or if your mood has been low for weeks, you have lost interest in things "
        "you used to enjoy or you think about harming yourself.</p>"
        "<p>For social anxiety, cognitive behavioural therapy (CBT) with a trained therapist "
        "is the route with the best evidence. This app borrows some of its ideas, but it "
        "cannot replace it. You can use the app alongside therapy, if your therapist agrees."
        "</p><p>If you are in crisis right now, the crisis resources in the Help menu list "
        "people you can call today.</p>")


CRISIS_CHECKED = "2026-06-01"
"""When the numbers below were last checked against each service's own website."""

CRISIS_LINES = [
    ("Immediate danger", "Call your local emergency number: 112 (EU and many countries), "
                         "911 (US, Canada), 999 (UK), 000 (Australia), 111 (New Zealand)."),
    ("United States", "988 Suicide & Crisis Lifeline: call or text 988."),
    ("Canada", "988 Suicide Crisis Helpline: call or text 988."),
    ("United Kingdom and Ireland", "Samaritans: 116 123 (free, 24 hours)."),
    ("Australia", "Lifeline: 13 11 14."),
    ("New Zealand", "Need to talk? Call or text 1737."),
    ("Germany", "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222."),
    ("France", "3114 (national suicide prevention line)."),
    ("India", "Tele-MANAS: 14416."),
    ("Elsewhere", "Find a helpline near you at findahelpline.com, or ask your doctor."),
]
"""Crisis lines shown offline; the app never needs the network to show them."""


def crisis_html() -> str:
    rows = "".join(f"<tr><td><b>{tr(place)}</b></td><td>{tr(text)}</td></tr>"
                   for place, text in CRISIS_LINES)
    return (
        "<p>" + tr("If you are thinking about harming yourself, or feel you cannot cope, please "
                   "reach out now. You deserve support from a person.") + "</p>"
        f"<table cellspacing='6'>{rows}</table>"
        "<p>" + tr("Numbers last checked on {0}. Numbers change; if one does not work, "
                   "search for a crisis line in your country.").format(CRISIS_CHECKED) + "</p>"
    )
