from newsclean.cleaners.captions import Captions

from ..conftest import dropped, run_cleaner


def test_credits_go():
    doc = run_cleaner(Captions(), [
        "President Biden speaks in Washington. (AP Photo/Evan Vucci)",
        "Photo: Getty Images",
        "Image credit: NASA",
        "The photograph, taken in 1936, shows the harbour before the war.",
    ])
    assert set(dropped(doc)) == {0, 1, 2}


def test_agency_captions_with_weekday_and_date_go():
    doc = run_cleaner(Captions(), [
        "Mayor Pete Buttigieg speaks during a fundraiser, Sunday, Nov. 17, 2019, in Las Vegas.",
        "The fundraiser on Sunday, Nov. 17, 2019, raised more than expected, organisers said.",
        "Reporting by Jane Doe; editing by John Roe",
    ])
    assert set(dropped(doc)) == {0, 2}
