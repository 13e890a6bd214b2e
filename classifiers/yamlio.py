"""Reading the rules and vocabulary YAML files quickly.

PyYAML's pure-Python parser takes about 0.1 s of CPU for the bundled files, paid again in
every process that loads the classifier (each parse worker of the monitor). libyaml's C
parser, which PyYAML wheels include, does the same in a tenth of that: the same safe
constructor and resolver build the data, so the result is the same.
"""

from __future__ import annotations

from typing import Any

import yaml

_C_SAFE_LOADER = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, parsed by libyaml when PyYAML has it.

    A document the C parser rejects is parsed again by the Python one, so a mistake in a
    rules file is reported with the usual message (and line and column) — or loads, should
    the Python parser be the more lenient of the two.
    """
    if _C_SAFE_LOADER is not None:
        try:
            return yaml.load(text, Loader=_C_SAFE_LOADER)  # a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)
