"""ReportLab's import, made cheaper: its paragraph module compiles a case-insensitive pattern of
web addresses spanning most of Unicode (``uri_pat``, used only to hyphenate addresses, which our
documents never ask for) at import, about 24 ms of CPU at every export's start. :func:`install`
makes that one pattern compile when first used; every other pattern compiles as before.
"""

from __future__ import annotations

import contextlib
import importlib.machinery
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

__all__ = ["LazyPattern", "install"]

_MODULE = "reportlab.platypus.paragraph"
#: How ReportLab's address pattern starts (a different pattern compiles at import as usual).
_ADDRESS = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """A regular expression compiled at its first use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern[str]:
        with self._lock:
            if self._compiled is None:
                self._compiled = re.compile(self.pattern, self.flags)
            return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


@contextlib.contextmanager
def _address_pattern_deferred() -> Iterator[None]:
    real = re.compile

    def compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(_ADDRESS):
            return LazyPattern(pattern, flags)
        return real(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = real


class _Loader:
    """ReportLab's own loader of the paragraph module, run with the address pattern deferred
    (an import loader: ``importlib.abc`` is not imported for its base class, it costs more
    than the pattern saves)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        module: ModuleType | None = self.loader.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        with _address_pattern_deferred():
            self.loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loader, name)


class _Finder:
    """The import finder (``sys.meta_path``) of ReportLab's paragraph module: its usual spec,
    with :class:`_Loader`."""

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != _MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = cast("Loader", _Loader(spec.loader))
        return spec


_FINDER = _Finder()


def install() -> None:
    """Defer ReportLab's address pattern when its paragraph module is imported (idempotent;
    nothing to do once it is)."""
    if _MODULE not in sys.modules and _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
