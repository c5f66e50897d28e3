"""The page's lines and the DOM evidence each one carries."""
from newsclean.html.blocks import class_tokens, page_blocks, visible_text
from newsclean.html.parse import parse_html


def blocks_of(page: str):
    return page_blocks(parse_html(page))


PAGE = """<html><head><title>Storm | Planet</title><style>p{}</style><script>var x = 1;</script></head>
<body class="single has-sidebar">
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<article><h1>Storm hits the coast</h1>
<p>The storm <b>hit</b> the coast on <a href="/m">Monday</a>, officials said.<br>Second line.</p>
<div>A run of text<p>inside a paragraph</p>and after it</div>
<table><tr><td>cell one</td><td>cell two</td></tr></table>
<div hidden>hidden text</div><div aria-hidden="true">aria text</div><p style="color:red; display: none">styled</p>
<span class="sr-only">screen reader</span><noscript>enable js</noscript><template>tpl</template>
<svg><text>svg text</text></svg>
</article>
<footer id="site-footer"><p>Copyright</p></footer>
</body></html>"""


def test_one_line_per_paragraph_level_element_and_br():
    blocks = blocks_of(PAGE)
    assert blocks.texts == (
        "Storm | Planet", "Home", "World", "Storm hits the coast",
        "The storm hit the coast on Monday, officials said.", "Second line.",
        "A run of text", "inside a paragraph", "and after it", "cell one", "cell two", "Copyright",
    )


def test_scripts_styles_and_hidden_elements_make_no_lines():
    texts = " ".join(blocks_of(PAGE).texts)
    for hidden in ("var x", "p{}", "hidden text", "aria text", "styled", "screen reader", "enable js", "tpl",
                   "svg text"):
        assert hidden not in texts


def test_evidence_of_each_line():
    blocks = blocks_of(PAGE)
    ev = dict(zip(blocks.texts, blocks.evidence))
    assert ev["Storm | Planet"].in_head and ev["Storm | Planet"].tag == "title"
    home = ev["Home"]
    assert home.tag == "li" and home.in_list and home.link_density == 1.0
    assert {"main", "menu", "main-menu"} <= home.tokens
    assert [r.tag for r in home.regions] == ["nav"]
    headline = ev["Storm hits the coast"]
    assert headline.heading == 1 and headline.tag == "h1" and not headline.in_list
    para = ev["The storm hit the coast on Monday, officials said."]
    assert para.tag == "p" and 0.1 < para.link_density < 0.2 and para.depth > headline.depth - 1
    assert "single" not in para.tokens  # <body>'s classes say nothing about one line
    assert ev["cell one"].in_table and ev["cell one"].tag == "td"
    assert ev["Copyright"].regions[-1].tag == "footer" and "footer" in ev["Copyright"].tokens


def test_regions_count_their_words():
    blocks = blocks_of(PAGE)
    article = next(r for r in blocks.regions if r.tag == "article")
    nav = next(r for r in blocks.regions if r.tag == "nav")
    assert nav.words == 2 and article.words > 20
    assert article.prose_words == 9  # one line of eight words or more ending like a sentence


def test_hidden_hints_are_evidence():
    blocks = blocks_of('<div class="d-none d-lg-block"><p>Shown on large screens.</p></div><p>Plain.</p>')
    assert blocks.texts == ("Shown on large screens.", "Plain.")
    assert [e.hidden_hint for e in blocks.evidence] == [True, False]


def test_class_tokens_split_dashes_underscores_and_camel_case():
    assert class_tokens("relatedPosts share_bar") >= {"relatedposts", "related", "posts", "share_bar", "share", "bar"}


def test_a_page_without_markup_around_its_text_is_one_line():
    assert blocks_of("just some text").texts == ("just some text",)
    assert page_blocks(None).texts == ()


def test_visible_text_holds_every_line():
    root = parse_html(PAGE)
    blocks = page_blocks(root)
    flat = " ".join(visible_text(root).split())
    assert all(text in flat for text in blocks.texts[1:])
    assert "hidden text" not in flat and "var x" not in flat


def test_the_metadata_elements_are_every_meta_and_script_in_order():
    root = parse_html('<html><head><meta name="a" content="1"><script type="application/ld+json">{}</script>'
                      '<noscript><meta name="b" content="2"></noscript></head><body><p>Text.</p>'
                      '<div hidden><meta itemprop="c" content="3"><script>x</script></div>'
                      '<meta itemprop="d" content="4"><svg><script>y</script></svg></body></html>')
    assert page_blocks(root).metadata_elements == tuple(root.iter("meta", "script"))


def test_a_region_reads_its_class_and_id_words_as_one_value():
    blocks = blocks_of('<div class="postBody hide-me" id="main_story"><p>One.</p></div>'
                       f'<div class="{"x" * 198}" id="related"><p>Two.</p></div>')
    first, second = (e.regions[-1] for e in blocks.evidence)
    assert first.tokens == class_tokens("postBody hide-me main_story") and blocks.evidence[0].hidden_hint
    assert second.tokens == class_tokens("x" * 198 + " related")  # the id falls past the words read
    assert "related" not in second.tokens
