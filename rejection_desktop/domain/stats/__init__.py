"""Progress statistics from attempt records (pure: stdlib only, no Qt, no database).

Modules: ``asks`` (what counts), ``periods`` (weeks, months, ranges), ``calendar`` (asks per
day, streak), ``figures`` (the values shown), ``tally`` (the sums they are computed from).

Progress is judged by asks made and predictions tested, not by fear dropping (see METHOD.md).

Conventions shared by every function here:

- An *ask* is an attempt whose outcome is set and is not ``NOT_ATTEMPTED``; ``NO_REPLY`` counts as
  an ask made. Attempts with no outcome yet are *planned*.
- A prediction is *recorded* when ``predicted_no`` or ``expected_badness`` is set. It is a
  *forecast* when it was written before the outcome was known (not ``hindsight``). A *prediction
  tested* is an ask with a forecast that has been resolved (``NO_REPLY`` waits until it is).
  Hindsight predictions are kept but left out of every forecast figure and of rung progress.
- "How bad a no would feel" is compared with how bad it felt only after a no or a partial (a yes
  tells nothing about it); a dare (nobody asked) compares its own "how bad will it feel" once
  done. A dare done is counted as practice, never as a yes.
- Calendar days are local dates of ``AttemptRecord.when`` in the user's ``zone``.
- Weeks are ISO weeks (Monday to Sunday) and are named by their Monday; months by their 1st;
  quarters (January, April, July, October) by their 1st.
- Rates, shares and means of 0-100 ratings are floats on a 0-100 scale (the scale of
  ``predicted_no``), never rounded here. A value with nothing to measure is ``None``.
- "How much of a no" an answer was: ``REJECTED`` 1, ``PARTIAL`` 0.5, ``ACCEPTED`` 0; ``NO_REPLY``
  is left out of every rate because nobody answered.

Every computation is O(n) or O(n log n) in the number of attempts.
"""
