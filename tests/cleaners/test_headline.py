from newsclean.cleaners.headline import Headline, title_parts

from ..conftest import dropped, run_cleaner


def test_the_line_like_the_title_is_the_headline():
    doc = run_cleaner(Headline(), [
        "Ukraine war latest: Russia shuts schools near border | Example News",
        "Home",
        "Ukraine war latest: Russia shuts schools near border",
        "Russia shut schools on Friday.",
    ])
    assert doc.role("headline") == [(2, "Ukraine war latest: Russia shuts schools near border")]
    assert set(dropped(doc)) == {0, 2}


def test_the_site_name_part_is_not_the_headline():
    doc = run_cleaner(Headline(), [
        "Top Weight Loss Medications | Obesity Medicine Association",
        "Obesity Medicine Association",
        "Menu",
        "Top Weight Loss Medications",
        "Several medications are approved for long-term weight management in adults.",
    ])
    assert doc.role("headline")[0][1] == "Top Weight Loss Medications"


def test_title_parts():
    assert title_parts("Headline here | Site") == ["Headline here", "Site", "Headline here | Site"]


def test_of_two_title_parts_standing_as_lines_the_longer_is_the_headline():
    prose = "The council voted on Tuesday to close the old bridge for repairs over the winter months."
    doc = run_cleaner(Headline(), [
        "7 days of healthy meals on a budget - Heart Matters magazine",
        "Heart Matters magazine",
        prose, prose,
        "7 days of healthy meals on a budget",
        prose, prose,
    ])
    assert doc.role("headline") == [(4, "7 days of healthy meals on a budget")]


def test_a_title_of_three_parts_without_its_site_name():
    prose = "Tutoring is probably one of the oldest teaching methods, and it is still one of the best we have."
    doc = run_cleaner(Headline(), [
        "What Tutoring is and What Tutoring is not. - Defining and choosing a good, effective tutor - "
        "Schmid College of Science and Technology",
        "Schmid College of Science and Technology",
        "Home",
        "What Tutoring is and What Tutoring is not. Defining and choosing a good, effective tutor",
        prose, prose,
    ])
    assert doc.role("headline")[0][0] == 3


def test_of_parts_standing_as_lines_the_line_most_like_the_whole_title_wins():
    prose = "Designing for small screens means thinking about thumbs, attention and slow networks all at once."
    doc = run_cleaner(Headline(), [
        "Mobile UX Design - The Ultimate Guide 2025",
        "Mobile UX Design: The Ultimate Guide 2025",
        prose, prose,
        "Summary - Mobile UX design",
        prose, prose,
    ])
    assert doc.role("headline") == [(1, "Mobile UX Design: The Ultimate Guide 2025")]


def heading_under_an_article(title: str, heading: str, prose: str) -> list[str]:
    """A page whose heading stands under twelve lines of prose."""
    return [title, "Menu"] + [prose] * 12 + [heading, prose]


def test_a_subheading_restating_the_title_inside_the_article_is_not_the_headline():
    prose = "Homes and businesses cannot function without modern appliances, and the makers know it well."
    lines = heading_under_an_article("Top 10 Appliance Manufacturers in the U.S.A. - Example Data",
                                     "Top 10 Household Appliance Manufacturers in the U.S.A.", prose)
    doc = run_cleaner(Headline(), lines)
    assert doc.role("headline") == []
    assert doc.role("title") == [(0, "Top 10 Appliance Manufacturers in the U.S.A.")]
    # the same line with no article above it is the headline
    doc = run_cleaner(Headline(), lines[:2] + lines[-2:])
    assert doc.role("headline") == [(2, "Top 10 Household Appliance Manufacturers in the U.S.A.")]


def test_an_exact_copy_of_the_title_below_other_prose_is_still_the_headline():
    lines = heading_under_an_article(
        "Sixth Fatality Linked To Eastern Equine Encephalitis – Example TV",
        "Sixth Fatality Linked To Eastern Equine Encephalitis",
        "Officials reported another case of the virus on Tuesday, the sixth this year in the state.")
    doc = run_cleaner(Headline(), lines)
    assert doc.role("headline") == [(14, "Sixth Fatality Linked To Eastern Equine Encephalitis")]


HEADER_SHOWING_THE_HEADING_TWICE = [
    "Best Health Insurance Companies 2025 - Top 25 Ranked by Market Share",
    "Get a quote",
    "All Posts",
    "List of Top Health Insurance Companies in the USA: Finding the Right Coverage",
    "Healthcare",
    "5 min read",
    "List of Top Health Insurance Companies in the USA: Finding the Right Coverage",
    "Published on Oct 31, 2025",
    "Choosing a health insurer is one of the most important financial decisions a family makes each year.",
    "Types of Health Insurance Companies in the United States",
    "Insurers fall into a few groups, and each group serves its members in its own way across the country.",
]


def test_a_heading_shown_twice_in_the_page_header_is_the_headline():
    doc = run_cleaner(Headline(), HEADER_SHOWING_THE_HEADING_TWICE)
    assert doc.role("headline")[0][0] == 3
    assert "shown twice" in doc.dropped[3][1].reason


def test_a_heading_shown_twice_below_prose_is_not_the_headline():
    # the same two copies standing under the article's first paragraph are a teaser, not the page's heading
    lines = HEADER_SHOWING_THE_HEADING_TWICE[:3] + HEADER_SHOWING_THE_HEADING_TWICE[8:9] + \
        HEADER_SHOWING_THE_HEADING_TWICE[3:8] + HEADER_SHOWING_THE_HEADING_TWICE[9:]
    doc = run_cleaner(Headline(), lines)
    assert doc.role("headline")[0][1] == "Types of Health Insurance Companies in the United States"


def test_a_heading_shown_twice_that_shares_no_words_with_the_title_is_not_the_headline():
    lines = list(HEADER_SHOWING_THE_HEADING_TWICE)
    lines[3] = lines[6] = "Sign up for our weekly newsletter today"
    doc = run_cleaner(Headline(), lines)
    assert doc.role("headline")[0][1] == "Types of Health Insurance Companies in the United States"


def test_of_lines_about_as_like_the_title_the_first_is_the_headline():
    # the heading over the byline, and a variant of it over the article after a table of contents
    doc = run_cleaner(Headline(), [
        "Keeping Your Home Spotless: Latest Trends with AB Maids",
        "Select Page",
        "Keeping Your Home Spotless: Top Cleaning Trends",
        "by Karen Example | May 19, 2024",
        "Table of Contents",
        "Keeping Your Home Spotless: The Latest Trends in House Cleaning Services",
        "In the ever-changing world of house cleaning services, several emerging trends are shaping the industry.",
    ])
    assert doc.role("headline")[0][0] == 2
