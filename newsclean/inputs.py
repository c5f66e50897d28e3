"""Reading what users pass in: text or bytes, decoded, checked for being a page at all."""
from __future__ import annotations

import codecs

import re

from .errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the codec each calls for; UTF-32's before UTF-16's, whose marks begin theirs."""
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
BINARY_SHARE = 0.1
"""A text whose sample is more than this share of control characters is binary data, not a page."""
SAMPLE_CHARS = 65536
MAX_LINES = 100_000
"""A text of more lines than this is not one page: a page of a million short lines is refused, not read."""
MIN_SAMPLE = 16
"""Texts shorter than this are too short to call binary."""


def decode(data: bytes) -> str:
    """Bytes to text: a byte-order mark if there is one, else UTF-8, else Windows-1252 (which never fails)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    sample = data[:4096]
    utf32 = _unmarked_utf32(sample)
    if utf32 is not None:
        return data.decode(utf32, errors="replace")
    if sample.count(b"\x00") > len(sample) // 4 and len(sample) >= 2:
        # UTF-16 without a mark: every other byte of Latin text is NUL.
        even_nuls = sample[0::2].count(0)
        return data.decode("utf-16-be" if even_nuls > sample[1::2].count(0) else "utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _unmarked_utf32(sample: bytes) -> str | None:
    """"utf-32-le" or "utf-32-be" for a sample that is UTF-32 without a byte-order mark (each character's two
    high bytes are NUL in Latin and most other text, and its third is at most 0x10), else None."""
    if len(sample) < 8 or len(sample) % 4:
        sample = sample[: len(sample) - len(sample) % 4]
        if len(sample) < 8:
            return None
    if not sample[3::4].strip(b"\x00") and max(sample[2::4]) <= 0x10 and sample[0::4].strip(b"\x00"):
        return "utf-32-le"
    if not sample[0::4].strip(b"\x00") and max(sample[1::4]) <= 0x10 and sample[3::4].strip(b"\x00"):
        return "utf-32-be"
    return None


_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1C), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_REPLACEMENT_UTF8 = "\ufffd".encode()


def looks_binary(text: str) -> bool:
    """Is more than `BINARY_SHARE` of the text's first `SAMPLE_CHARS` characters control characters (U+0000 to
    U+0008, U+000E to U+001B, U+007F to U+009F) or replacement marks? Texts shorter than `MIN_SAMPLE` are too
    short to tell."""
    head = text[:SAMPLE_CHARS]
    return sample_looks_binary(head.encode("utf-8", errors="replace"), len(head))


def sample_looks_binary(sample: bytes, chars: int) -> bool:
    """`looks_binary` of a text's first `SAMPLE_CHARS` characters (`chars` of them) encoded as UTF-8: each
    character it counts is bytes that no other character's bytes hold, so the bytes are counted, not the
    characters (quicker)."""
    if chars < MIN_SAMPLE:
        return False
    unreadable = len(sample) - len(sample.translate(None, _CONTROL_BYTES)) + sample.count(_REPLACEMENT_UTF8)
    if b"\xc2" in sample:  # the lead byte of U+0080-U+009F
        unreadable += len(_C1_UTF8.findall(sample))
    return unreadable > BINARY_SHARE * chars


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """The text with each half of a UTF-16 pair standing alone (a str may hold one, from a JSON "\\ud800" escape or
    a file read with "surrogateescape") made U+FFFD: no UTF-8 output can hold it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def read_source(source: object) -> str:
    """The page as text, or InputError for what is not a page."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        text = decode(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise InputError(f"extract() takes the page as str or bytes, not {type(source).__name__}")
    if looks_binary(text):
        raise InputError("the input looks like binary data, not page text")
    if not text.isascii():
        text = without_lone_surrogates(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise InputError(f"the input has {lines:,} lines; a page has at most {MAX_LINES:,} (newsclean.inputs.MAX_LINES)")
    # control characters are white space to a reader: they become spaces, which normalisation folds away
    return _CONTROL.sub(" ", text)
