"""The file to hand to ``spark-submit``: it runs ``piplkit spark`` with the arguments it is given.

spark-submit runs a Python *file*, not a console script; give it this one (``python -c 'import
piplkit.faces.spark_submit as m; print(m.__file__)'`` prints its path) followed by the same
arguments as ``piplkit spark`` (``scan …`` or ``deid …``). The session then comes from
spark-submit, with its master and resources. ``python -m piplkit.faces.spark_submit scan …`` does
the same without spark-submit.

It is a face, not part of ``protect/spark``: it runs the command line, and the Spark jobs below
it must not import an interface (import-linter's layers and no-cycles contracts).
"""

from __future__ import annotations

import sys

from piplkit.faces.cli.app import app


def main() -> None:
    app(args=["spark", *sys.argv[1:]], prog_name="piplkit")


if __name__ == "__main__":
    main()
