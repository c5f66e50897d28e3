"""The resume manifest: beside a partial output, the inputs and settings that made it. A resumed run must
have the same, or its rows would not continue the ones already written."""
from __future__ import annotations

import json
import os
from typing import Any

from ..errors import InputError

VERSION = 1
MEANINGS = {"inputs": "input files (or sizes)", "job": "options (fields, format, pipeline, limits, decisions)",
            "output": "output format", "version": "newsclean batch version"}


def manifest_path(output: str) -> str:
    return output + ".resume.json"


def save(output: str, description: dict[str, Any]) -> None:
    path = manifest_path(output)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump({"version": VERSION, **description}, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def check(output: str, description: dict[str, Any]) -> None:
    """InputError unless the saved manifest describes the same job."""
    path = manifest_path(output)
    try:
        with open(path, encoding="utf-8") as handle:
            saved = json.load(handle)
    except FileNotFoundError:
        raise InputError(f"cannot resume: {path} is missing, so the partial output's job is unknown; "
                         f"start again with --overwrite") from None
    except ValueError as exc:
        raise InputError(f"cannot resume: {path} is damaged ({exc}); start again with --overwrite") from None
    current = {"version": VERSION, **json.loads(json.dumps(description))}
    changed = sorted(key for key in current.keys() | saved.keys() if current.get(key) != saved.get(key))
    if changed:
        what = " and ".join(MEANINGS.get(key, key) for key in changed)
        raise InputError(f"cannot resume: the partial output was made with different {what}; "
                         f"run with the same inputs and options, or start again with --overwrite")


def remove(output: str) -> None:
    try:
        os.remove(manifest_path(output))
    except FileNotFoundError:
        pass
