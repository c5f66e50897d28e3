"""Optional dependencies, imported when a corpus needs them, with an error that says what to install."""
from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import NewscleanError

EXTRAS = {"pyarrow": "batch", "zstandard": "batch", "fastwarc": "batch", "ray": "ray"}


class MissingDependency(NewscleanError, ImportError):
    """An optional package that this corpus or engine needs is not installed."""


def require(module: str, purpose: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".")[0]
        extra = EXTRAS.get(package, "batch")
        raise MissingDependency(f"{purpose} needs the {package} package: pip install 'newsclean[{extra}]' "
                                f"(or pip install {package})") from exc
