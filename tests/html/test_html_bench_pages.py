"""HTML mode over every page of the shared benches (skipped where ../shared is not beside the repo)."""
import pytest

from newsclean.bench.datasets import load
from newsclean.bench.runner import newsclean_system, run_system

from ..conftest import SHARED_BENCH

FLOORS = {"scrapinghub": (0.95, None, None, None), "modern-dev": (0.93, 0.78, 0.80, 0.84)}
"""Body F1, headline, byline and date floors in HTML mode; they only move up."""

pytestmark = pytest.mark.skipif(not SHARED_BENCH.exists(), reason="../shared/bench is not beside the repository")


def share(flags: list[bool]) -> float:
    return sum(flags) / len(flags)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_html_mode_scores_and_nothing_invented(name):
    result = run_system(newsclean_system(mode="html"), load(SHARED_BENCH / name), check_invented=True)
    assert result.failures == []
    assert result.invented == []
    body, headline, byline, date = FLOORS[name]
    assert result.body.f1 >= body
    if headline is not None:
        assert share(result.headline) >= headline
        assert share(result.byline) >= byline
        assert share(result.date) >= date
