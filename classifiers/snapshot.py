"""A compiled classifier as bytes, and back: what a rules cache across starts stores.

Compiling the bundled rules (YAML, the vocabulary's forms, the matcher's tables) takes 0.35-0.45 s
of CPU; reading a snapshot back takes a tenth of that. :func:`compile_with_snapshot` compiles a
rule set as :func:`classifiers.load_classifier` does and also returns the snapshot;
:func:`restore` turns a snapshot into an equal classifier. The caller keeps the snapshot keyed
by everything it depends on (the rule files, this package's code, the Python version): a
snapshot is only ever read by the code that wrote it. A :class:`Classifier` pickles as "load
these rules again" (its ``__reduce__``, for process pools); a snapshot instead holds the
compiled objects themselves, with three things pickle cannot take as they are:

* the Aho-Corasick automaton (``ahocorasick_rs`` objects cannot be pickled): the matcher's
  :class:`~classifiers.matcher.Automaton` keeps its keys and pickles as them, and it is built
  again from them (0.05 s);
* functions generated from the rules (``exec``/``eval`` of straight-line Python, lambdas):
  their code is kept with ``marshal`` (the same Python version reads it back) and their
  globals, defaults and closures with pickle;
* dictionaries keyed by ``id()`` of the matcher's entries (the classifier finds an entry's
  places that way): kept as (entry, value) pairs and keyed by the new objects' ids on restore.

Anything else pickle cannot take means no snapshot (``None``): the caller compiles every time,
as before, and never gets a classifier that differs from a compiled one.
"""

from __future__ import annotations

import enum
import io
import marshal
import pickle
import sys
import types
from pathlib import Path
from typing import Any

from .classifier import Classifier
from .rules import load_ruleset

FORMAT = "classifier-snapshot 4"  # part of the caller's cache key: a new layout, a new key


def compile_with_snapshot(path: str | Path | None = None) -> tuple[Classifier, bytes | None]:
    """The classifier :func:`classifiers.load_classifier` would compile for ``path`` (a new
    object, not the bundled rules' shared one), and its snapshot (None when it has none)."""
    clf = Classifier(load_ruleset(path))
    try:
        return clf, _dumps(clf)
    except Exception:  # something in it pickle cannot take: no snapshot
        return clf, None


def restore(data: bytes) -> Classifier:
    """The classifier a snapshot holds. Raises (anything) on bytes that are not a snapshot."""
    clf = pickle.loads(data)
    if type(clf) is not Classifier:
        raise ValueError(f"not a classifier snapshot: {type(clf).__name__}")
    return clf


def _dumps(clf: Classifier) -> bytes:
    entries = {id(e): e for e in clf.matcher.entries()}
    buffer = io.BytesIO()
    _Pickler(buffer, entries).dump(clf)
    return buffer.getvalue()


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, entries: dict[int, Any]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._entries = entries

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if kind is types.FunctionType:
            return self._function(obj)
        if not kind.__module__.startswith("classifiers.") or isinstance(obj, (type, enum.Enum)):
            return NotImplemented
        if kind is not Classifier and _pickles_itself(kind):
            return NotImplemented  # a class with its own way to pickle: as it says
        if hasattr(obj, "__dict__"):
            # By its attributes (a Classifier's own __reduce__ would compile the rules again),
            # with dictionaries keyed by entries' ids as (entry, value) pairs.
            state = {name: ("ids", [(self._entries[k], v) for k, v in value.items()])
                     if self._keyed_by_entries(value) else ("value", value)
                     for name, value in vars(obj).items()}
            return object.__new__, (kind,), state, None, None, _set_attributes
        if "__slots__" in kind.__dict__ and kind.__bases__ == (object,):
            # Slotted records (a vocabulary's terms: some 9,000): their values in slot order.
            # Restoring a frozen dataclass through its own __setstate__ took 80 ms for them.
            return object.__new__, (kind,), tuple(getattr(obj, s) for s in kind.__slots__), None, None, _set_slots
        return NotImplemented

    def _keyed_by_entries(self, value: Any) -> bool:
        return (type(value) is dict and bool(value)
                and all(type(k) is int and k in self._entries for k in value))

    def _function(self, fn: types.FunctionType) -> Any:
        module = sys.modules.get(fn.__module__ or "")
        found: Any = module
        for part in fn.__qualname__.split("."):
            found = getattr(found, part, None)
        if found is fn:
            return NotImplemented  # importable by name: pickled as a reference
        code = fn.__code__
        own_globals = module is not None and fn.__globals__ is vars(module)
        state = (None if own_globals else fn.__globals__, fn.__defaults__, fn.__kwdefaults__,
                 [cell.cell_contents for cell in fn.__closure__ or ()], fn.__dict__ or None)
        return (_function, (marshal.dumps(code), fn.__module__ if own_globals else None, fn.__name__,
                            fn.__qualname__), state, None, None, _set_function)


def _pickles_itself(kind: type) -> bool:
    """Whether a class says how to pickle it (beyond dataclasses' slot handling)."""
    if kind.__reduce_ex__ is not object.__reduce_ex__ or kind.__reduce__ is not object.__reduce__:
        return True
    getstate = getattr(kind, "__getstate__", object.__getstate__)
    return getstate is not object.__getstate__ and getstate.__name__ != "_dataclass_getstate"


def _set_attributes(obj: Any, state: dict[str, tuple[str, Any]]) -> None:
    attributes = vars(obj)  # frozen dataclasses included: set as their own __init__ would
    for name, (how, value) in state.items():
        attributes[name] = {id(entry): v for entry, v in value} if how == "ids" else value


_SLOT_SETTERS: dict[type, list[Any]] = {}


def _set_slots(obj: Any, values: tuple[Any, ...]) -> None:
    kind = type(obj)
    setters = _SLOT_SETTERS.get(kind)
    if setters is None:
        setters = _SLOT_SETTERS[kind] = [kind.__dict__[s].__set__ for s in kind.__slots__]
    for set_slot, value in zip(setters, values):
        set_slot(obj, value)


def _function(code: bytes, module: str | None, name: str, qualname: str) -> types.FunctionType:
    compiled = marshal.loads(code)
    namespace = vars(sys.modules[module]) if module is not None else {}
    closure = tuple(types.CellType() for _ in compiled.co_freevars) or None
    fn = types.FunctionType(compiled, namespace, name, None, closure)
    fn.__qualname__ = qualname
    return fn


def _set_function(fn: types.FunctionType, state: tuple[Any, ...]) -> None:
    namespace, defaults, kwdefaults, cells, attributes = state
    if namespace is not None:
        fn.__globals__.update(namespace)
    fn.__defaults__ = defaults
    fn.__kwdefaults__ = kwdefaults
    for cell, value in zip(fn.__closure__ or (), cells):
        cell.cell_contents = value
    if attributes:
        fn.__dict__.update(attributes)
