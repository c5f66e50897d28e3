"""Errors newsclean raises on purpose."""


class NewscleanError(Exception):
    """Base class of every error newsclean raises."""


class InputError(NewscleanError, ValueError):
    """The input cannot be read as a page (wrong type, binary data, unknown format)."""


class PipelineError(NewscleanError):
    """A pipeline was composed wrongly, or one of its cleaners misbehaved."""
