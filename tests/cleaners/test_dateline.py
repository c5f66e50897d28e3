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
        "duminică, 20 septembrie 2020": "2020-09-20",
        "Posted on Maret 30, 2015": "2015-03-30",
        "lassú kilábalás 2020. 08. 18. 21:35": "2020-08-18",
        "الأحد، 04 آب/اغسطس 2013": "2013-08-04",
        "11.14.2019 09:00 AM": "2019-11-14",  # day first with ".", unless the day cannot be a month
        "02/11/2023": "2023-02-11",
        "By: Jane Doe on 04-ago-2021 5:11:10": "2021-08-04",
        "Published on 25.Jun.2019 in Vol 7": "2019-06-25",
        "19-Dec-2025": "2025-12-19",
    }
    for text, iso in cases.items():
        found = find_date(text)
        assert found is not None and found[0] == iso, text
    assert find_date("Date:") is None
    assert find_date("Area 04-Foo-2021") is None and find_date("1-2-2021") is None
    assert find_date("x" * 400 + " 2019-01-01") is None


    assert find_date("02/11/2023", day_first=True)[0] == "2023-11-02"


def test_datelines_go_and_their_dates_are_noted():
    doc = run_cleaner(Dateline(), [
        "Headline of the story",
        "Updated: 21 November 2019",
        "Published: 20 November 2019, 09:02",
        "The council met on 20 November 2019 to discuss the budget for the coming year and beyond it.",
    ], headline_line=0)
    assert set(dropped(doc)) == {1, 2}
    assert doc.date_candidates == [(1, "2019-11-21", True), (2, "2019-11-20", False)]


def test_a_page_that_writes_the_day_first_is_read_so():
    lines = ["Titre de l'article", "Publié le 02/11/2023 à 15h57", "Commentaire du 25/10/2023"]
    doc = run_cleaner(Dateline(), lines, headline_line=0)
    assert doc.date_candidates[0][1] == "2023-11-02"
    # with no unambiguous date, a page in English reads the month first, other pages the day first
    english = ["The story of the day", "02/11/2023", "The council met to discuss the budget for the year."] * 2
    assert run_cleaner(Dateline(), english).date_candidates[0][1] == "2023-02-11"
    french = ["Le conseil s'est réuni pour discuter du budget de l'année.", "02/11/2023"]
    assert run_cleaner(Dateline(), french).date_candidates[0][1] == "2023-11-02"


def test_a_row_of_data_is_no_dateline():
    rows = ["Date Percentage change in price", "1/1/2013 +13.1%", "2/1/2013 -0.4%", "Q3 2024 $1,204.50",
            "March 2024 12.5"]
    doc = run_cleaner(Dateline(), rows + ["February 4, 2025 - 11 minutes", "Published 3 March 2021 10:00"])
    assert list(doc.kept()) == list(range(len(rows)))
    assert [iso for _, iso, _ in doc.date_candidates] == ["2025-02-04", "2021-03-03"]
