from newsclean.document import Document
from newsclean.line_model import FEATURES, line_features

URL = "https://www.example.com/news/article/Cat-Found-In-New-Mexico-After-Going-Missing-In-Oregon-14848175.php"
LINE = "SANTA FE, N.M. (AP) — A cat who has been missing for five years has been found in Santa Fe, New Mexico."


def test_capital_shares_are_shares():
    # a URL is one word holding many capitals after hyphens: its share, and its neighbour's, is at most 1
    doc = Document("\n".join([URL, LINE, URL]))
    rows = line_features(doc, [0, 1, 2], -1, 3)
    for name in ("title_case", "prev_title_case", "next_title_case"):
        assert all(0.0 <= row[FEATURES.index(name)] <= 1.0 for row in rows if row is not None), name
    assert rows[0][FEATURES.index("title_case")] == 1.0
