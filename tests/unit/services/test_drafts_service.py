"""Drafts are rescue copies: always writable, with their time, and bounded in size."""

from __future__ import annotations

import pytest

from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.services.drafts import MAX_DRAFT_CHARS


def test_a_draft_with_nul_and_lone_surrogates_is_still_kept(services):
    services.drafts.save("k", {"fields": {"answers": [{"answer": "a\x00b\ud800c"}]}})
    kept = services.drafts.load("k")["fields"]["answers"][0]["answer"]
    assert kept == "a\x00b\ufffdc"  # the NUL survives; a lone surrogate cannot be stored


def test_drafts_are_listed_newest_first_with_their_time(services, clock):
    services.drafts.save("old", {"form": "reflection"})
    clock.advance(minutes=5)
    services.drafts.save("new", {"form": "attempt"})
    listed = services.drafts.list_drafts()
    assert [(d.key, d.updated_at) for d in listed] == [("new", clock()), (
        "old", clock().replace(minute=clock().minute - 5))]
    assert [(d.key, d.payload) for d in listed] == [("new", {"form": "attempt"}),
                                                     ("old", {"form": "reflection"})]


def test_nested_text_counts_towards_the_size_limit(services):
    big = "x" * (MAX_DRAFT_CHARS // 2 + 1)
    with pytest.raises(ValidationError):
        services.drafts.save("k", {"fields": {"a": big, "b": [big]}})
    assert services.drafts.load("k") is None


def test_general_prompts_fit_any_ask(services):
    keys = [p.key for p in services.prompts.general_prompts()]
    assert keys == ["learned-about-myself", "friend-in-my-place", "next-try-variant"]
