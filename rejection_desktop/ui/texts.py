"""Texts shown in several places: the ground rules, the self-help framing, crisis resources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from rejection_desktop.ui.widgets.date_fields import date_text

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "texts" so lupdate extracts it."""


def ground_rules() -> list[str]:
    """The ground rules for every ask, shown up front and when adding a challenge."""
    return [
        translate("texts", "Ask only for what you would gladly accept if the answer were yes."),
        translate("texts", "Be kind. You are the one taking the risk, not the other person."),
        translate("texts", "Respect the no. Thank them, and let it be their answer."),
        translate(
            "texts", "Nothing unsafe, unlawful, sexual, deceptive or costly to someone else."
        ),
        translate("texts", "Never touch anyone without a clear yes."),
        translate("texts", "Adults only: never make these asks of children."),
        translate("texts", "Never film, photograph or post about people without their consent."),
        translate("texts", "With people at work, follow up at most once, then let it go."),
    ]


def personal_track_note() -> str:
    """What the personal track is, shown wherever it can be switched on."""
    return translate(
        "texts",
        "The personal track holds asks of friends, family, a partner and colleagues. Those "
        "noes can hurt more, so Today suggests them only if you switch this on. Skip any ask "
        "about someone who hurt you, someone you are estranged from or someone who asked you "
        "not to contact them.",
    )


def ground_rules_html() -> str:
    return "<ul>" + "".join("<li>" + rule + "</li>" for rule in ground_rules()) + "</ul>"


def self_help_html() -> str:
    """What the app is and is not."""
    return translate(
        "texts",
        "<p><b>Rejection therapy</b> means asking people for things you expect to be refused, "
        "on purpose, a little at a time, so that a &ldquo;no&rdquo; stops ruling your choices."
        "</p><p>Rejection Desktop helps you do that like a small experiment: before an ask you "
        "write down how likely you think a no is and how bad it would feel; afterwards you log "
        "what really happened. Over time your own notes show how often your fears were right."
        "</p><p><b>This is self-help, not therapy.</b> It does not diagnose or treat anything. "
        "The rejections that hurt most often come from friends, family and colleagues, not "
        "strangers; the app has a personal track for those asks, with aftercare prompts, and "
        "it is fine to go slowly there or to do it with a professional's support.</p>",
    )


NOT_FOR_LINK = "not-for"
"""The href that opens the "who this is not for" page from About and onboarding."""


def not_for_link_html() -> str:
    return (
        f"<p><a href='{NOT_FOR_LINK}'>" + translate("texts", "Who this app is not for") + "</a></p>"
    )


def who_not_for_html() -> str:
    """Whom the app cannot help, and where to go instead."""
    return translate(
        "texts",
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
        "people you can call today.</p>",
    )


CRISIS_CHECKED = "2026-06-01"
"""When the numbers below were last checked against each service's own website."""


def crisis_lines() -> list[tuple[tuple[str, ...], str, str]]:
    """Crisis lines shown offline: (ISO country codes, place, text), each a literal for lupdate.

    Sources: 112.eu and the services' sites: 988lifeline.org, samaritans.org, lifeline.org.au,
    1737.org.nz, telefonseelsorge.de, telefonseelsorge.at (142), 143.ch, sanidad.gob.es (024),
    gob.mx (Línea de la Vida), 3114.fr, telemanas.mohfw.gov.in, findahelpline.com.
    """
    return [
        (
            (),
            translate("texts", "Immediate danger"),
            translate(
                "texts",
                "Call your local emergency number: 112 (EU and many countries), "
                "911 (US, Canada, Mexico), 999 (UK), 000 (Australia), 111 (New Zealand).",
            ),
        ),
        (
            ("US",),
            translate("texts", "United States"),
            translate("texts", "988 Suicide & Crisis Lifeline: call or text 988."),
        ),
        (
            ("CA",),
            translate("texts", "Canada"),
            translate("texts", "988 Suicide Crisis Helpline: call or text 988."),
        ),
        (
            ("GB", "IE"),
            translate("texts", "United Kingdom and Ireland"),
            translate("texts", "Samaritans: 116 123 (free, 24 hours)."),
        ),
        (("AU",), translate("texts", "Australia"), translate("texts", "Lifeline: 13 11 14.")),
        (
            ("NZ",),
            translate("texts", "New Zealand"),
            translate("texts", "Need to talk? Call or text 1737."),
        ),
        (
            ("DE",),
            translate("texts", "Germany"),
            translate(
                "texts", "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours)."
            ),
        ),
        (
            ("AT",),
            translate("texts", "Austria"),
            translate("texts", "TelefonSeelsorge: 142 (free, 24 hours)."),
        ),
        (
            ("CH", "LI"),
            translate("texts", "Switzerland"),
            translate("texts", "Die Dargebotene Hand / La Main Tendue: 143 (24 hours)."),
        ),
        (
            ("ES",),
            translate("texts", "Spain"),
            translate("texts", "024: suicide prevention line (free, 24 hours); emergencies 112."),
        ),
        (
            ("MX",),
            translate("texts", "Mexico"),
            translate("texts", "Línea de la Vida: 800 911 2000 (free, 24 hours); emergencies 911."),
        ),
        (
            ("FR",),
            translate("texts", "France"),
            translate("texts", "3114 (national suicide prevention line)."),
        ),
        (("IN",), translate("texts", "India"), translate("texts", "Tele-MANAS: 14416.")),
        (
            (),
            translate("texts", "Elsewhere"),
            translate(
                "texts", "Find a helpline near you at findahelpline.com, or ask your doctor."
            ),
        ),
    ]


def crisis_lines_for(country: str) -> list[tuple[str, str]]:
    """(place, text) rows: the user's ``country`` (ISO code) first, then emergency, the rest."""
    lines = crisis_lines()
    emergency, rest = lines[0], lines[1:]
    own = [line for line in rest if country in line[0]]
    others = [line for line in rest if country not in line[0]]
    return [(place, text) for _, place, text in [*own, emergency, *others]]


def crisis_html(country: str | None = None) -> str:
    """The crisis resources page; ``country`` defaults to the system locale's territory."""
    if country is None:
        country = QLocale.territoryToCode(QLocale().territory())
    rows = "".join(
        "<tr><td><b>" + place + "</b></td><td>" + text + "</td></tr>"
        for place, text in crisis_lines_for(country)
    )
    return (
        "<p>"
        + translate(
            "texts",
            "If you are thinking about harming yourself, or feel you cannot cope, please "
            "reach out now. You deserve support from a person.",
        )
        + "</p>"
        f"<table cellspacing='6'>{rows}</table>"
        "<p>"
        + translate(
            "texts",
            "Numbers last checked on {0}. Numbers change; if one does not work, "
            "search for a crisis line in your country.",
        ).format(date_text(date.fromisoformat(CRISIS_CHECKED)))
        + "</p>"
    )
