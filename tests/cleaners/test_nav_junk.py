from newsclean.cleaners.nav_junk import NavJunk

from ..conftest import dropped, run_cleaner


def test_furniture_goes():
    doc = run_cleaner(NavJunk(), [
        "HomeShoppingUkraine-Russia war latest: Russia shuts schools",
        "Date:",
        "Share Tweet Email",
        "Home > News > World",
        "We use cookies to improve your experience. Accept all",
        "© 2024 Example Media. All rights reserved.",
        "Link copied to clipboard!",
        "WhatsApp Facebook Pin",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4, 5, 6, 7}
    assert dropped(doc)[1] == "empty field label 'Date:'"


def test_prose_stays():
    doc = run_cleaner(NavJunk(), [
        "The committee shared its findings with the press on Monday.",
        "Results: the vote passed by 12 to 3.",
        "He said the cookies his grandmother baked were the best in town, and he would accept no other.",
    ])
    assert dropped(doc) == {}


def test_share_buttons_in_other_languages_go():
    from newsclean.cleaners.nav_junk import NavJunk

    lines = ["The headline", "共有", "保存", "공유", "Paylaş", "Zamknij", "17 Kommentare E-Mail Facebook Twitter",
             "议会周二投票决定在冬季关闭旧桥进行维修，这对全镇都是大事。"]
    assert set(dropped(run_cleaner(NavJunk(), lines))) == {1, 2, 3, 4, 5, 6}


def test_share_links_that_open_new_windows_go():
    doc = run_cleaner(NavJunk(), [
        "Click to share on Bluesky (Opens in new window) Bluesky",
        "Click to share (Opens in new window) Mastodon",
        "Click to email a link to a friend (Opens in new window) Email",
        "Click to print (Opens in new window)",
        "Bluesky",
        "Click to share your story with the newsroom: we read every message that readers send.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4}


def test_a_row_of_social_network_buttons_goes_though_some_buttons_are_unknown_words():
    doc = run_cleaner(NavJunk(), [
        "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida.",
        "Whatsapp Facebook Pint Baixar",
        "Facebook and WhatsApp outage",
        "Best for: YouTube, TikTok, X",
        "X (Twitter) Marketing",
    ])
    assert dropped(doc) == {1: "row of social network buttons 'Whatsapp Facebook Pint Baixar'"}


def test_footer_lines_are_noted_for_the_main_block():
    doc = run_cleaner(NavJunk(), [
        "The council voted on Tuesday to close the old bridge for repairs, the mayor said.",
        "Share Tweet Email",
        "© 2024 Example Media. All rights reserved.",
    ])
    assert doc.footer_lines == {2} and set(dropped(doc)) == {1, 2}


def test_a_row_of_figures_is_no_breadcrumb_trail():
    doc = run_cleaner(NavJunk(), ["Home / News / Politics", "37% / 40%", "$1,200 / $1,500", "1 / 4"])
    assert dropped(doc) == {0: "breadcrumb trail", 3: "breadcrumb trail"}


def test_a_slash_in_brackets_a_heading_or_a_cell_is_no_trail():
    from newsclean.html.reading import html_document

    doc = run_cleaner(NavJunk(), ["Full-service HR outsourcing (PEO / co-employment)", "Home / HR / Outsourcing"])
    assert list(dropped(doc)) == [1]
    doc, _ = html_document("<html><body><h3>Midtown / Automobile Alley</h3><table><tr><td>Married / Filing Jointly"
                           "</td><td>24%</td></tr></table><p>Home / Guides / Taxes</p>"
                           "<table><tr><td>Home / World / Asia</td></tr></table></body></html>")
    # a lone cell is a table laid out to frame a page's parts
    assert [doc.texts[d.line] for d in NavJunk()(doc)] == ["Home / Guides / Taxes", "Home / World / Asia"]
