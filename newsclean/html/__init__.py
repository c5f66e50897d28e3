"""Reading a page's HTML: safe parsing, the page's lines with their DOM evidence, and its metadata."""
from .blocks import BlockEvidence, HtmlBlocks, page_blocks
from .detect import looks_like_html
from .metadata import PageMetadata, page_metadata
from .parse import parse_html

__all__ = ["BlockEvidence", "HtmlBlocks", "PageMetadata", "looks_like_html", "page_blocks", "page_metadata",
           "parse_html"]
