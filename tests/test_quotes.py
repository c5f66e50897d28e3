import pytest

from newsclean.quotes import QuoteFinder


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in QuoteFinder()(list(paragraphs))]


def test_speaker_after_the_quote():
    assert quotes('"We will rebuild the bridge by spring," said Mayor Anna Berg.') == [
        ("We will rebuild the bridge by spring,", "Anna Berg")]
    assert quotes("“The numbers do not add up at all,” Jones said.") == [("The numbers do not add up at all,", "Jones")]


def test_speaker_before_the_quote_and_pronouns():
    found = quotes(
        "Aleksey Baranovsky, a former lawyer, said they wanted to interrupt the election.",
        "“We are sending a message to those inside Russia,” he said.",
        "Mr Baranovsky urged the West to support them “at least behind closed doors”.",
    )
    assert found == [("We are sending a message to those inside Russia,", "Aleksey Baranovsky"),
                     ("at least behind closed doors", "Aleksey Baranovsky")]


def test_nominal_speakers_stay_as_written():
    assert quotes("Commanding officers said they were resisting the president’s “perverted vision of the world”.") == [
        ("perverted vision of the world", "Commanding officers")]


def test_short_terms_are_not_quotes():
    assert quotes("They called it a “reform” and a “so-called plan”, nothing more.") == []


def test_scare_prefixes_in_any_case_are_not_quotes():
    # the quick hint must let every scare prefix through to the full pattern, whatever its case
    for lead in ("the SO-CALLED", "die sogenannten", "les dites", "ſo-called", "los llamados", "DİTS",
                 "так называемые", "ТАК ЗВАНІ", "tzw."):
        assert quotes(f"They spoke of {lead} “new and better rules for the whole town”, nothing more.") == []
    assert quotes("They spoke of the “new and better rules for the whole town”, nothing more.") != []


def test_unmatched_marks_do_not_swallow_the_text():
    text = "He said “this never closes. " + "Words go on and on. " * 50 + "“A real quote is here,” she said."
    found = quotes(text)
    assert found == [("A real quote is here,", "she")] or found[-1][0] == "A real quote is here,"
    assert all(len(t) < 200 for t, _ in found)


def test_no_speaker_is_none():
    assert quotes("The sign read “no entry after dark for anyone”.") == [("no entry after dark for anyone", None)]


def test_speakers_in_other_languages_and_implied_subjects():
    found = quotes(
        "Rodrigo Pacheco disse aos senadores que a reunião foi boa.",
        "“Não podemos permitir que a disputa eleitoral se reflita nas instituições”, afirmou.",
        "« Nous ne céderons rien sur ce point », a déclaré Emmanuel Macron.",
    )
    assert found == [("Não podemos permitir que a disputa eleitoral se reflita nas instituições", "Rodrigo Pacheco"),
                     ("Nous ne céderons rien sur ce point", "Emmanuel Macron")]


def test_adverbs_between_name_and_verb_are_not_the_speaker():
    assert quotes("Kristi Noem visited. Noem later tweeted: “we need everyone on it, every day.”") == [
        ("we need everyone on it, every day.", "Kristi Noem")]


def test_plural_and_first_person_pronouns_name_nobody():
    found = quotes('"This is a real problem for us," said Jane Doe.', '"We cannot wait any longer now," they said.')
    assert found == [("This is a real problem for us,", "Jane Doe"), ("We cannot wait any longer now,", None)]


def test_a_quote_split_by_its_attribution_is_one_quote():
    found = [(q.text, q.speaker, q.joined) for q in QuoteFinder()(['“We are here,” he said, “to stay.”'])]
    assert found == [("We are here, to stay.", None, True)]
    found = [(q.text, q.speaker, q.joined) for q in QuoteFinder()(
        ["Jane Doe runs the shop.", "“I felt strange at first,” Doe said. “Then it passed.”"])]
    assert found == [("I felt strange at first, Then it passed.", "Jane Doe", True)]


def test_two_speakers_are_two_quotes():
    found = quotes("« On comprend mal comment vous avez fait cela », s'étonne le magistrat. "
                   "« Une erreur dans la précipitation », plaide l'imam.")
    assert [t for t, _ in found] == ["On comprend mal comment vous avez fait cela", "Une erreur dans la précipitation"]


def test_a_quote_over_several_paragraphs_is_one_quote():
    found = list(QuoteFinder()(["Martin Taylor wrote: “The steroids worked within two days.",
                                "“I have not had any dizzy turns since recovering,” he said."]))
    assert [(q.text, q.speaker, q.paragraph, q.joined) for q in found] == [
        ("The steroids worked within two days. I have not had any dizzy turns since recovering,", "Martin Taylor", 0,
         True)]


def test_titles_and_markup_are_not_quotes():
    assert quotes("McDonald sang “Takin’ It to the Streets” and “What a Fool Believes” that night.") == []
    assert quotes('<span style="display: inline-block; width: 0px; overflow: hidden;"> text') == []


def test_a_quote_going_on_in_the_next_paragraph_keeps_its_speaker():
    found = quotes("“The first session was a disaster,” Mary Steenburgen said.",
                   "“I went back to my hotel room in tears and cried my eyes out.”")
    assert [s for _, s in found] == ["Mary Steenburgen", "Mary Steenburgen"]


def test_descriptions_point_back_to_the_person_named():
    found = quotes("El periodista ruso Dmitry Muratov denunció la propaganda rusa.",
                   "Según el periodista, el despliegue de tales armas “no sería el fin de la guerra”.")
    assert found == [("no sería el fin de la guerra", "Dmitry Muratov")]


def test_a_colon_with_no_name_before_it():
    assert quotes("it was said in passing: “nothing at all will change here”") == [
        ("nothing at all will change here", None)]


def test_short_unattributed_terms_in_unspaced_scripts_are_not_quotes():
    assert quotes("这个村被评为“中国优质稻米之乡”，村民收入大增。") == []
    # speech keeps its place: punctuated, or attributed
    assert quotes("“我们的大米卖得很好，订单也多。”村民王小明说。")[0][1] == "王小明"
    assert len(quotes("他说：“好，我们明天一早就走吧。”")) == 1


@pytest.mark.parametrize("paragraph, speaker", [
    ("„A vírus még hónapokig velünk marad, erre fel kell készülni” – mondta Szlávik János, a kórház főorvosa.",
     "Szlávik János"),
    ("“Bu süreç uzun sürecek ve hepimizi etkileyecek,” dedi Ahmet Yılmaz.", "Ahmet Yılmaz"),
    ("Cumhurbaşkanı Ahmet Yılmaz, “Bu süreç uzun sürecek ve hepimizi etkileyecek” diye konuştu.", "Ahmet Yılmaz"),
    ("„Situácia je veľmi vážna a musíme konať rýchlo,“ povedal Ján Kováč.", "Ján Kováč"),
    ("«Cal actuar ràpidament per evitar el pitjor», va dir Joan Puig.", "Joan Puig"),
    ("„Трябва да действаме бързо, за да избегнем най-лошото“, заяви Иван Петров.", "Иван Петров"),
    ("«Πρέπει να δράσουμε γρήγορα για να αποφύγουμε το χειρότερο», δήλωσε ο Γιώργος Παπαδόπουλος.",
     "Γιώργος Παπαδόπουλος"),
    ('"Vi skal handle hurtigt for at undgå det værste," sagde Lars Hansen.', "Lars Hansen"),
    ("„Moramo djelovati brzo kako bismo izbjegli najgore“, izjavio je Ivan Horvat.", "Ivan Horvat"),
])
def test_speakers_in_more_languages(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in QuoteFinder()([paragraph])] == [speaker]
