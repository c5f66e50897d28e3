"""Properties checked over every page of the shared benches (skipped where ../shared is not beside the repo)."""
import pytest

from newsclean.bench.datasets import load
from newsclean.bench.provenance import pieced_from
from newsclean.bench.runner import newsclean_system, run_system
from newsclean.cleaners.placeholders import INLINE_TOKENS
import newsclean

from .conftest import SHARED_BENCH

SETS = {"scrapinghub": 0.92, "modern-dev": 0.90}
"""Body F1 floors in text mode; they only move up."""

pytestmark = pytest.mark.skipif(not SHARED_BENCH.exists(), reason="../shared/bench is not beside the repository")


@pytest.mark.parametrize("name", sorted(SETS))
def test_bench_scores_and_nothing_invented(name):
    result = run_system(newsclean_system(), load(SHARED_BENCH / name), check_invented=True)
    assert result.failures == []
    assert result.invented == []
    assert result.body.f1 >= SETS[name]


def test_no_placeholder_survives_and_quotes_are_in_their_paragraphs():
    for name in SETS:
        for page in load(SHARED_BENCH / name):
            article = newsclean.extract(page.text())
            for paragraph in article.paragraphs:
                assert not INLINE_TOKENS.search(paragraph), page.id
            for quote in article.quotes:
                following = " ".join(article.paragraphs[quote.paragraph:])
                assert pieced_from(quote.text, following) if quote.joined else quote.text in following, page.id
