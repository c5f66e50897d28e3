from newsclean.cleaners.dateline import Dateline
from newsclean.dates import find_date

from ..conftest import dropped, run_cleaner


def test_dates_in_many_forms():
    cases = {
        "November 20, 2019": "2019-11-20",
        "Published 3 March 2021 10:00": "2021-03-03",
        "20. März 2020": "2020-03-20",
        "12 de marzo de 2019": "2019-03-12",
        "2019年11月20日": "2019-11-20",
        "25.11.2026": "2026-11-25",
        "12 listopada 2019": "2019-11-12",
        "5 ноября 2019 года": "2019-11-05",
        "2024-01-02T10:00": "2024-01-02",
    }
    for text, iso in cases.items():
        found = find_date(text)
        assert found is not None and found[0] == iso, text
    assert find_date("Date:") is None
    assert find_date("x" * 400 + " 2019-01-01") is None


def test_datelines_go_and_the_nearest_is_the_articles_date():
    doc = run_cleaner(Dateline(), [
        "Headline of the story",
        "Updated: 21 November 2019",
        "Published: 20 November 2019, 09:02",
        "The council met on 20 November 2019 to discuss the budget for the coming year and beyond it.",
    ], headline_line=0)
    assert set(dropped(doc)) == {1, 2}
    assert doc.role("date") == [(2, "2019-11-20")]
