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


_C_BASE_LOADER = getattr(yaml, "CBaseLoader", None)


def load_strings(text: str) -> Any:
    """A YAML document whose scalars are all text (the gazetteer), every scalar read as a string.

    The base loader skips the implicit type resolution of every scalar (a regular expression
    per scalar, a third of the time to read the gazetteer's 20,000 names); a document the C
    parser rejects is parsed by ``safe_load`` for its message.
    """
    if _C_BASE_LOADER is not None:
        try:
            return yaml.load(text, Loader=_C_BASE_LOADER)  # builds only str, list and dict
        except yaml.YAMLError:
            pass
    return safe_load(text)
