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


def test_long_agency_and_gallery_captions_go():
    from newsclean.cleaners.captions import Captions

    agency = ("Indiana teachers wearing red carry signs as they hold a rally at the Statehouse in Indianapolis to call "
              "on lawmakers to raise their pay and to give more money to the schools of the state, Tuesday, Nov. 19, "
              "2019, in Indianapolis.")
    gallery = "2 of 4 A shopper looks at extension cords at a hardware store on the main street of the town."
    prose = ("The teachers say that their pay has fallen behind that of every neighbouring state over the last ten "
             "years, and that the schools of the state cannot keep the teachers they train for more than a few years.")
    doc = run_cleaner(Captions(), [agency, gallery, prose])
    assert set(dropped(doc)) == {0, 1}
