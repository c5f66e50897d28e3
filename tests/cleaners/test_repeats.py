from newsclean.cleaners.repeats import Repeats

from ..conftest import dropped, run_cleaner

CAPTION = "Los Angeles Lakers' LeBron James dunks during the first half of the game."


def test_a_line_said_again_word_for_word_goes_and_short_ones_stay():
    doc = run_cleaner(Repeats(), [CAPTION, "The Lakers won by ten.", "Advertisement", CAPTION, "Advertisement",
                                  "The Lakers won by ten points on Sunday night."])
    assert dropped(doc) == {3: "repeats line 0"}
