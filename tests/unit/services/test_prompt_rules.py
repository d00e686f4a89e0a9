"""Which reflection prompts show when: each condition, aftercare first, on the shipped bank."""

from __future__ import annotations

from rejection_desktop.domain.prompt_rules import Situation, needs_aftercare


def keys(services, situation: Situation) -> list[str]:
    return [p.key for p in services.prompts.prompts_for(situation)]


def aftercare(services) -> set[str]:
    return {p.key for p in services.prompts.list_prompts() if p.personal_only}


def test_a_yes_shows_you_expected_a_no_only_from_a_50_percent_prediction(services):
    assert "accepted-expected-no" not in keys(services, Situation("accepted", predicted_no=10))
    assert "accepted-expected-no" not in keys(services, Situation("accepted", predicted_no=49))
    assert "accepted-expected-no" not in keys(services, Situation("accepted"))
    assert "accepted-expected-no" in keys(services, Situation("accepted", predicted_no=50))


def test_no_ask_for_more_after_a_yes_from_someone_close(services):
    assert "accepted-bolder" in keys(services, Situation("accepted"))
    assert "accepted-bolder" not in keys(services, Situation("accepted", personal=True))


def test_no_stay_and_ask_why_and_no_about_them_after_a_personal_no(services):
    stranger = keys(services, Situation("rejected"))
    friend = keys(services, Situation("rejected", personal=True))
    for key in ("rejected-asked-why", "rejected-their-side"):
        assert key in stranger
        assert key not in friend


def test_the_safety_behaviour_prompt_shows_only_when_one_was_planned(services):
    assert "safety-behaviour-dropped" not in keys(services, Situation("rejected"))
    assert "safety-behaviour-dropped" in keys(services, Situation("rejected",
                                                                 safety_behaviour=True))


def test_aftercare_comes_first_after_a_personal_ask(services):
    shown = keys(services, Situation("rejected", personal=True))
    care = aftercare(services)
    assert set(shown[:len(care)]) == care
    assert not care & set(shown[len(care):])


def test_aftercare_shows_when_it_hurt_whoever_was_asked(services):
    care = aftercare(services) - {"aftercare-relationship"}  # a stranger has no relationship
    assert not care & set(keys(services, Situation("rejected", hurt=69, anxiety_after=69)))
    for situation in (Situation("rejected", hurt=70), Situation("partial", anxiety_after=85)):
        shown = keys(services, situation)
        assert set(shown[:len(care)]) == care
        assert "aftercare-relationship" not in shown
    assert needs_aftercare(Situation("accepted", anxiety_after=70))


def test_the_bank_order_holds_after_the_aftercare_prompts(services):
    bank = [p.key for p in services.prompts.list_prompts()]
    shown = keys(services, Situation("no_reply", hurt=90))
    rest = [k for k in shown if k not in aftercare(services)]
    assert rest == [k for k in bank if k in rest]


def test_a_users_own_prompt_has_no_extra_condition(services):
    services.prompts.add("What surprised me?", ["accepted"])
    assert "What surprised me?" in [p.text for p in services.prompts.prompts_for(
        Situation("accepted", personal=True))]
