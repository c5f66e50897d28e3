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
