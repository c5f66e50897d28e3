from newsclean.cleaners.placeholders import Placeholders

from ..conftest import dropped, run_cleaner


def test_tokens_go_inside_lines_and_whole():
    doc = run_cleaner(Placeholders(), [
        "spot_imgspot_img",
        "The minister spoke.spot_img Then he left.",
        "Advertisement",
        "Price: {{ product.price }} today [embedded content]",
        "An advertisement for soap ran in 1890.",
    ])
    assert dropped(doc) == {0: "placeholder token 'spot_imgspot_img'", 2: "placeholder line 'Advertisement'"}
    assert doc.texts[1] == "The minister spoke. Then he left."
    assert doc.texts[3] == "Price: today"
    assert doc.texts[4] == "An advertisement for soap ran in 1890."


def test_tokens_inside_long_prose_lines_go_too():
    long_line = "word " * 80 + "spot_img end."
    doc = run_cleaner(Placeholders(), [long_line])
    assert doc.texts[0].endswith("word end.")


def test_dead_script_links_go():
    from newsclean.cleaners.placeholders import Placeholders

    doc = run_cleaner(Placeholders(), ["その他 javascript:void(0)", "javascript:void(0);"])
    assert doc.texts[0] == "その他"
    assert 1 in dropped(doc)


def test_markup_leaked_into_the_text_goes_but_a_mention_of_a_tag_stays():
    doc = run_cleaner(Placeholders(), [
        '<h1>Council closes the bridge</h1> <p class="lead">The council voted on Tuesday.</p> <p>It will reopen.</p>'
        ' <p>Traffic will be diverted.</p>',
        "Wrap the heading in <h1> and the text in <p></p> tags.",
    ])
    assert dropped(doc) == {0: "markup, not text (HTML tags)"}


def test_notes_where_an_advertisement_interrupts_the_text_go():
    doc = run_cleaner(Placeholders(), [
        "Story continues below advertisement",
        "Continue Reading Below",
        "Weiterlesen nach der Anzeige",
        "The story continues below the surface of the lake, where divers found the wreck.",
    ])
    assert set(dropped(doc)) == {0, 1, 2}


def test_a_templates_dummy_text_goes():
    doc = run_cleaner(Placeholders(), [
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
        "Lorem Ipsum 2",
        "Designers have filled empty layouts with lorem ipsum since the 1960s.",
    ])
    assert set(dropped(doc)) == {0, 1}
    # a page whose dummy text is all capitalised
    assert set(dropped(run_cleaner(Placeholders(), ["The headline", "Lorem Ipsum 2"]))) == {1}
