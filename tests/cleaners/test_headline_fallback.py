import pytest

from newsclean.cleaners.headline_fallback import HeadlineFallback
from newsclean.document import Decision, Document

BODY = "The average roof repair in Springfield costs between $400 and $1,200, depending on the damage."


def after_main_block(lines: list[str], body_start: int, earlier: tuple[tuple[str, Decision], ...] = ()) -> Document:
    """A Document whose lines before `body_start` were dropped as outside the main run, after the `earlier`
    cleaners' decisions."""
    doc = Document("\n".join(lines))
    for cleaner, decision in earlier:
        doc.apply(cleaner, decision)
    for i in range(body_start):
        doc.apply("main_block", Decision(i, "drop", "before the main run"))
    for decision in HeadlineFallback()(doc):
        doc.apply("headline_fallback", decision)
    return doc


@pytest.mark.parametrize("lines, body_start, headline", [
    pytest.param(["Start a project", "Your account Manage your profile My projects", "Electrician",
                  "How Much Does a Roof Repair Cost in Springfield?", BODY],
                 3, (3, "How Much Does a Roof Repair Cost in Springfield?"),
                 id="a title-like first body line, on a page without a title"),
    pytest.param(["Start a project", "Roof repair costs explained",
                  "人気グループ・ 乃木坂46 の 与田 （19）の写真集から、未収録のショットが公開された。", BODY],
                 2, (1, "Roof repair costs explained"), id="not a first body line of prose"),
    pytest.param(["Home", "Rotating Table Build", "Ben", "2 days ago",
                  "001 is a project I have been working on for the past few months, and here is why I made it."],
                 4, (1, "Rotating Table Build"), id="not a relative time"),
])
def test_the_headline_above_or_at_the_body(lines: list[str], body_start: int, headline: tuple[int, str]) -> None:
    assert after_main_block(lines, body_start).role("headline") == [headline]


def test_the_body_s_first_line_sharing_the_title_s_words_is_the_headline_and_no_paragraph():
    doc = after_main_block([
        "How Google Cloud runs AI inference at production scale - Example Tech",
        "AI",
        "How Google Cloud is shaping the enterprise AI inference moment",
        "by Victoria Example",
        "Enterprises are moving their AI models from pilots into production, and inference is where the costs are.",
    ], body_start=2, earlier=(
        ("headline", Decision(0, "drop", "the page title (no line repeats it)", role="title",
                              value="How Google Cloud runs AI inference at production scale")),
        ("byline", Decision(3, "drop", "byline")),
    ))
    assert doc.role("headline") == [(2, "How Google Cloud is shaping the enterprise AI inference moment")]
    assert doc.dropped[2] is not None
