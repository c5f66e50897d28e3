from newsclean.cleaners.repeats import Repeats

from ..conftest import dropped, run_cleaner

CAPTION = "Los Angeles Lakers' LeBron James dunks during the first half of the game."


def test_a_line_said_again_word_for_word_goes_and_short_ones_stay():
    doc = run_cleaner(Repeats(), [CAPTION, "The Lakers won by ten.", "Advertisement", CAPTION, "Advertisement",
                                  "The Lakers won by ten points on Sunday night."])
    assert dropped(doc) == {3: "repeats line 0"}


def test_an_item_shared_by_two_lists_stays_and_a_block_shown_twice_goes():
    from newsclean.html.reading import html_document

    item = "<li>Cost: a styling fee of twenty dollars plus the items you keep</li>"
    card = ("<div class='card'><h3>{}</h3><p>The service sends a box of clothes picked by a stylist every month."
            "</p><ul><li>Items per box: five, chosen for you</li>" + item + "</ul></div>")
    page = "<html><body>" + card.format("Stitch Fix") + card.format("Nadine West") + "</body></html>"
    doc, _ = html_document(page)
    assert [doc.texts[d.line] for d in Repeats()(doc)] == [
        "The service sends a box of clothes picked by a stylist every month.", "Items per box: five, chosen for you",
        "Cost: a styling fee of twenty dollars plus the items you keep"]
    lone = card.replace("<li>Items per box: five, chosen for you</li>", "")
    page = "<html><body>" + lone.format("Stitch Fix") + "<p>Nadine West sends fewer clothes.</p><ul>" + item + \
        "<li>Items per box: three</li></ul></body></html>"
    doc, _ = html_document(page)
    assert list(Repeats()(doc)) == []
