from newsclean.cleaners.reading_time import ReadingTime

from ..conftest import dropped, run_cleaner


def test_reading_time_notes_go_and_sentences_with_minutes_stay():
    doc = run_cleaner(ReadingTime(), [
        "5 min read", "Lesedauer: 8 Min.", "Tempo di lettura: 3 minuti", "3 MIN. READ", "Время чтения: 4 минуты",
        "8 min", "The council met for 45 minutes on Tuesday.", "45 minutes", "Tempo de leitura: 1 minuto",
    ])
    assert set(dropped(doc)) == {0, 1, 2, 3, 4, 5, 8}
