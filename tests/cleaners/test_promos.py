from newsclean.cleaners.promos import Promos

from ..conftest import dropped, run_cleaner


def test_promos_go():
    doc = run_cleaner(Promos(), [
        "- Never miss a story with notifications",
        "- Gain full access to our premium content",
        "- Browse free from up to 5 devices at once",
        "Sign up for our daily newsletter",
        "Abonnieren Sie unseren Newsletter",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4}


def test_long_prose_that_mentions_a_subscription_stays():
    line = ("The streaming service said on Tuesday that its subscription numbers had grown by a third in the "
            "year, helped by a cheaper tier with advertising and a crackdown on password sharing in many markets.")
    assert dropped(run_cleaner(Promos(), [line])) == {}


def test_news_that_mentions_a_subscription_stays_and_promo_voice_goes():
    doc = run_cleaner(Promos(), [
        "Netflix raised its subscription price again.",
        "Join the IGN Deals Newsletter.",
        "Newsletter",
    ])
    assert set(dropped(doc)) == {1, 2}


def test_paywall_notes_in_japanese_go():
    from newsclean.cleaners.promos import Promos

    doc = run_cleaner(Promos(), ["［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。"])
    assert 0 in dropped(doc)


def test_reader_supported_publication_notes_go():
    doc = run_cleaner(Promos(), [
        'Jane Doe - "Notes" is a reader-supported publication. To receive new posts, consider becoming a free or '
        "paid subscriber.",
        "Become a paid subscriber to unlock this piece.",
        "She said becoming a member of the club had changed her life, and the club had grown since.",
    ])
    assert set(dropped(doc)) == {0, 1}


def test_shopping_disclosures_and_appeals_go_without_parting_the_article():
    doc = run_cleaner(Promos(), [
        "The Best Laptops of the Year",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "Acme may earn a commission from some of the products featured on this page.",
        "Deal pricing and availability subject to change after time of publication.",
        "The firm said its sales staff earn a commission on every laptop they sell in the store.",
        "Do you rely on our reporting? Click here to support it.",
        "Residents can donate to the relief fund at the town hall until Friday.",
    ])
    assert set(dropped(doc)) == {1, 2, 3, 5}
    assert not doc.section_breaks


def test_the_small_print_and_messages_of_a_sign_up_form_go():
    doc = run_cleaner(Promos(), [
        "By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the "
        "number provided. Msg and data rates may apply. Up to 2 msg/day. Consent is not a condition of purchase. "
        "Reply HELP for help and STOP to cancel at any time, as our Terms and Privacy Policy describe.",
        "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.",
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
        "By signing the treaty, the two countries agreed to share the river's water for the next fifty years.",
        "By registering the company abroad, its founders agreed to pay less tax, you may recall.",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3}
    assert "small print" in dropped(doc)[0]


def test_a_note_that_the_page_holds_affiliate_links_goes():
    doc = run_cleaner(Promos(), [
        "This post contains affiliate links. Click here to read my full disclosure.",
        "This article may contain affiliate links that earn us a commission at no extra cost to you.",
        "Affiliate marketing and sponsorships are the apps' other sources of income, the report found.",
    ])
    assert set(dropped(doc)) == {0, 1}


def test_a_survey_s_thanks_goes_without_parting_the_article():
    doc = run_cleaner(Promos(), [
        "✅ Thank you for completing the survey!",
        "Thank you for taking our poll.",
        "The mayor thanked residents for taking the survey seriously and said the results would guide the plan.",
    ])
    assert set(dropped(doc)) == {0, 1}
    assert not doc.section_breaks
