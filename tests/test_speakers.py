import regex

from newsclean.speakers import (IMPLICIT_SUBJECT, WHITE_SPACE, Attribution, after_closing, available_languages,
                                source_phrases, speech_verbs)

EN = Attribution(["en"])
ALL = Attribution(available_languages())


def test_verb_lists_are_data():
    assert {"en", "fr", "de", "es", "pt", "it", "ru", "uk", "pl"} <= set(available_languages())
    assert "said" in speech_verbs("en") and "according to" in source_phrases("en")
    assert "pour" in source_phrases("fr", names_only=True) and "pour" not in source_phrases("fr")


def test_attribution_after_a_quote():
    assert EN.after(", said Jane Doe.") == "Jane Doe"
    assert EN.after(" Jones said.") == "Jones"
    assert EN.after(", the singer and guitarist told the audience.") == "the singer and guitarist"
    assert EN.after(", he later added.") == "he"
    assert EN.after(" as one neo-bank CEO told me,") == "one neo-bank CEO"
    assert EN.after(", according to officials.") == "officials"
    assert ALL.after(", afirmou.") == IMPLICIT_SUBJECT
    assert ALL.after(", déplore-t-elle, en rappelant") == "elle"
    assert ALL.after(", rappelle en préambule le président du tribunal, Denis Weisbuch.") == "Denis Weisbuch"
    assert ALL.after(", manifestó el funcionario a la agencia Reuters.") == "el funcionario"
    assert EN.after(" and then the lights went out.") is None


def test_attribution_before_a_quote():
    assert EN.before("Aleksey Baranovsky, a former lawyer, said: ") == "Aleksey Baranovsky"
    assert EN.before("Smith agreed: ") == "Smith"
    assert EN.before("According to the ministry, ") == "the ministry"
    assert ALL.before("Pour lui, c'était ") == "lui"
    assert ALL.before("Mohammed, cadre ferroviaire, a assisté au prêche : ") == "Mohammed"
    assert EN.before("It was raining. ") is None  # the quote opens a sentence of its own
    assert EN.before("The sign read ") is None


def test_an_earlier_quotes_attribution_is_not_this_ones():
    assert ALL.before("«                    », peut-on lire dans Le Monde – est mis en examen pour ") is None


def test_white_space_is_what_the_patterns_read_as_such():
    assert set(WHITE_SPACE) == {chr(c) for c in range(0x30000) if regex.match(r"\s", chr(c))}


def test_words_right_after_a_closing_mark():
    text = "Il a parlé de « réformes », puis de « choix », peut-on lire"
    assert after_closing(text, text.index("peut"))  # the last mark, a comma: "peut-on" is about that quote
    assert after_closing(text, text.index("de « choix"))  # a few words after the first mark
    # only the last mark before the point can count: any earlier one has that mark after it
    assert not after_closing("a « b » c « d » e f g h i j k ", 28)
    assert not after_closing("« Oui », dit-il, et il est reparti ce soir-là vers ", 50)
    assert not after_closing("no mark here at all ", 10)


def test_subjects_of_sentences():
    found = [name for _, _, name, _ in EN.mentions("As it turned out, Steenburgen had spent years on it. "
                                                 "Officials said it was over.")]
    assert found == ["Steenburgen", "Officials"]


def test_phrases_that_are_not_speakers():
    assert EN.after(" the United States said.") == "United States"  # "States" here is no verb
    assert EN.before("Big Machine has denied Swift’s claims that ") is None
    assert EN.after(", and the audience cheered when he said.") is None
    assert ALL.before("Agrega que mantienen un ") == IMPLICIT_SUBJECT
