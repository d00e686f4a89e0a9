"""The frozen app's entry script: the same ``main()`` as the ``rejection-desktop`` command."""

import sys

from rejection_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
