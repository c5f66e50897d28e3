from newsclean.speaker_names import NameIndex, is_named, refers_back, without_titles


def test_the_fullest_form_the_article_uses():
    names = NameIndex(["Aleksey Baranovsky, a former lawyer, spoke.", "Mr Baranovsky urged the West.",
                       "Gov. Kristi Noem spoke. Singer-guitarists Tom Johnston and Pat Simmons played."])
    assert names.resolve("Mr Baranovsky") == "Aleksey Baranovsky"
    assert names.resolve("Baranovsky") == "Aleksey Baranovsky"
    assert names.resolve("Noem") == "Kristi Noem"
    assert names.resolve("Johnston") == "Tom Johnston"
    assert names.resolve("officials") == "officials"


def test_surnames_match_without_accents():
    assert NameIndex(["Dmitry Muratov spoke."]).resolve("Murátov") == "Dmitry Muratov"


def test_titles_are_not_part_of_a_name():
    assert without_titles("Mayor Anna Berg") == "Anna Berg"
    assert without_titles("Dr. Owen John Dempsey") == "Owen John Dempsey"


def test_named_speakers_and_descriptions():
    assert is_named("Ursula von der Leyen") and is_named("Yassin E.")
    assert not is_named("The senator") and not is_named("También podría ser") and not is_named("he")
    assert refers_back("the senator") and refers_back("El periodista") and refers_back("ce père de quatre enfants")
    assert not refers_back("officials") and not refers_back("the officials") and not refers_back("a spokesman")
    assert not refers_back("the singer and guitarist")


def test_a_first_name_alone_finds_the_one_full_name_it_starts():
    names = NameIndex(["Taty Almeida spoke at the rally.", "Later, Taty said more."])
    assert names.resolve("Taty") == "Taty Almeida"


def test_the_spelled_out_name_pattern_finds_what_the_unicode_one_finds():
    from newsclean.speaker_names import MULTI_WORD_NAME, multi_word_names

    text = ("Ursula von der Leyen met Jean-Marie Le Pen, Łukasz Ćwik and Владимир Путин; "
            "Mary E. Lovely told Ἀλέξανδρος Παπαδόπουλος that Dr. Ólafur Ragnar Grímsson would come.")
    assert [m.span() for m in multi_word_names().finditer(text)] == [m.span() for m in MULTI_WORD_NAME.finditer(text)]
    assert len(list(multi_word_names().finditer(text))) >= 5
