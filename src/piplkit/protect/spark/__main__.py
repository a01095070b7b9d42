"""``python -m piplkit.protect.spark scan|deid …``, and the file to hand to ``spark-submit``.

spark-submit runs a Python *file*; give it this one (``python -c 'import
piplkit.protect.spark.__main__ as m; print(m.__file__)'`` prints its path) followed by the same
arguments as ``piplkit spark``. The session then comes from spark-submit, with its master and
resources.
"""

from __future__ import annotations

import sys

from piplkit.faces.cli.app import app


def main() -> None:
    app(args=["spark", *sys.argv[1:]], prog_name="piplkit")


if __name__ == "__main__":
    main()
