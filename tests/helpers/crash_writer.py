"""Child process for the crash test: writes reflections forever, printing each id after commit."""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from rejection_desktop.app.context import open_context

WORDS = ["no", "yes", "maybe", "🙂", "مرحبا", "café", "straße", "✓", "\u202eRTL", "e\u0301"]


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    context = open_context(Path(data_dir))
    reflections = context.services.reflections
    print("ready", flush=True)
    while True:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 400)))
        reflection_id = reflections.save(None, [], text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        print(f"{reflection_id} {digest}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
