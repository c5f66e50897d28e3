from newsclean.cleaners.headline_fallback import HeadlineFallback
from newsclean.document import Decision, Document


def after_main_block(lines: list[str], body_start: int) -> Document:
    """A Document whose lines before `body_start` were dropped as outside the main run."""
    doc = Document("\n".join(lines))
    for i in range(body_start):
        doc.apply("main_block", Decision(i, "drop", "before the main run"))
    for decision in HeadlineFallback()(doc):
        doc.apply("headline_fallback", decision)
    return doc


def test_a_title_like_first_body_line_is_the_headline_when_the_page_has_no_title():
    doc = after_main_block([
        "Start a project",
        "Your account Manage your profile My projects",
        "Electrician",
        "How Much Does a Roof Repair Cost in Springfield?",
        "The average roof repair in Springfield costs between $400 and $1,200, depending on the damage.",
    ], body_start=3)
    assert doc.role("headline") == [(3, "How Much Does a Roof Repair Cost in Springfield?")]


def test_a_first_body_line_of_prose_is_not_the_headline():
    doc = after_main_block([
        "Start a project",
        "Roof repair costs explained",
        "人気グループ・ 乃木坂46 の 与田 （19）の写真集から、未収録のショットが公開された。",
        "The average roof repair in Springfield costs between $400 and $1,200, depending on the damage.",
    ], body_start=2)
    assert doc.role("headline") == [(1, "Roof repair costs explained")]


def test_a_relative_time_is_not_the_headline():
    doc = after_main_block([
        "Home",
        "Rotating Table Build",
        "Ben",
        "2 days ago",
        "001 is a project I have been working on for the past few months, and here is why I made it.",
    ], body_start=4)
    assert doc.role("headline") == [(1, "Rotating Table Build")]


def test_the_body_s_first_line_sharing_the_title_s_words_is_the_headline_and_no_paragraph():
    doc = Document("\n".join([
        "How Google Cloud runs AI inference at production scale - Example Tech",
        "AI",
        "How Google Cloud is shaping the enterprise AI inference moment",
        "by Victoria Example",
        "Enterprises are moving their AI models from pilots into production, and inference is where the costs are.",
    ]))
    doc.apply("headline", Decision(0, "drop", "the page title (no line repeats it)", role="title",
                                   value="How Google Cloud runs AI inference at production scale"))
    doc.apply("main_block", Decision(1, "drop", "before the main run"))
    doc.apply("byline", Decision(3, "drop", "byline"))
    for decision in HeadlineFallback()(doc):
        doc.apply("headline_fallback", decision)
    assert doc.role("headline") == [(2, "How Google Cloud is shaping the enterprise AI inference moment")]
    assert doc.dropped[2] is not None
