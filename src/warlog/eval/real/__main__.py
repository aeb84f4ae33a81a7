import sys

from warlog.eval.real.cli import main

sys.exit(main())
