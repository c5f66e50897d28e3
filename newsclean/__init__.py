"""newsclean: the article (headline, body, quotes, byline, date) from a scraped news page's text."""
from .article import Article, LineDecision, Quote
from .batch.arrow import clean_batch
from .document import Decision, Document
from .errors import InputError, NewscleanError, PipelineError
from .extract import default_pipeline, extract
from .pipeline import Cleaner, Pipeline

__all__ = [
    "Article", "Cleaner", "Decision", "Document", "InputError", "LineDecision", "NewscleanError", "Pipeline",
    "PipelineError", "Quote", "default_pipeline", "extract",
]
__all__ += ["clean_batch"]
__version__ = "0.1.0"
