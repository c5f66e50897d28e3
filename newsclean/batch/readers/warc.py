"""WARC and WET files (plain, .gz, .zst), read with FastWARC: a WET `conversion` record is a text record, a
WARC `response` record of an HTML page an HTML record (other responses, such as images, are not pages and are
passed over). The id is the WARC-Record-ID, the url the WARC-Target-URI."""
from __future__ import annotations

from typing import Iterator

from ..optional import require
from ..records import HTML, TEXT, Item, Record, Unreadable
from ..work import Job, too_large_message
from .streams import Meter, open_raw

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, job: Job, meter: Meter) -> Iterator[Item]:
    warc = require("fastwarc.warc", "reading WARC and WET files")
    wanted = warc.WarcRecordType.response | warc.WarcRecordType.conversion
    with open_raw(path) as raw:
        meter.follow(raw.tell)
        for record in warc.ArchiveIterator(raw, record_types=wanted, parse_http=True, auto_decode="all"):
            is_response = record.record_type == warc.WarcRecordType.response
            if is_response and not _is_html(record.http_content_type):
                continue
            record_id = record.record_id
            url = record.headers.get("WARC-Target-URI")
            if record.content_length > job.max_record_bytes:
                yield Unreadable(record_id, url, "RecordTooLarge",
                                 too_large_message(record.content_length, job.max_record_bytes))
                continue
            yield Record(record_id, url, record.reader.read(), HTML if is_response else TEXT)


def _is_html(content_type: str | None) -> bool:
    if not content_type:
        return True  # no type given: try it as a page
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
