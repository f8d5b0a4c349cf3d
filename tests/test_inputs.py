"""Real corpora in: folders, globs, stdin; text, web pages, JSON Lines; any common
encoding; nothing lost silently."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from tracker.articles import decode, read_corpus
from tracker.errors import InputError

SENTENCE = "قالت وزارة الدفاع الأذربيجانية إن 5 جنود أرمينيين قتلوا في قصف على مدينة ترتر، بحسب بيان رسمي."
PAGE = f"""<!DOCTYPE html><html><head><title>قصف على ترتر</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2020-10-05T10:00:00Z">
</head><body><nav>الرئيسية | أخبار | رياضة</nav>
<article><h1>قصف على ترتر</h1><p>{SENTENCE}</p><p>وأضاف البيان أن 3 دبابات أرمينية دمرت خلال المعارك في المنطقة.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.fixture()
def mixed(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (d / "b.txt").write_bytes(SENTENCE.encode("utf-8-sig"))
    (d / "c.txt").write_bytes(SENTENCE.encode("cp1256"))
    (d / "d.txt").write_bytes(SENTENCE.replace("،", ",").encode("iso8859_6"))
    (d / "e.txt").write_bytes(SENTENCE.encode("utf-16"))
    (d / "f.txt").write_bytes(("\u200f" + SENTENCE + "\r\n\u00a0وأضاف البيان أن 3 دبابات أرمينية دمرت.\r\n").encode("utf-8"))
    (d / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "sub" / "more.jsonl").write_text(
        json.dumps({"id": "j1", "text": SENTENCE, "published": "2020-10-06", "outlet": "Wire"}, ensure_ascii=False)
        + "\n{not json\n" + json.dumps({"text": "no id"}) + "\n",
        encoding="utf-8",
    )
    (d / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (d / "empty.txt").write_bytes(b"")
    (d / "ignored.pdf").write_bytes(b"%PDF")
    return d


def test_a_mixed_folder_goes_in_and_nothing_is_lost(mixed):
    corpus = read_corpus([mixed])
    ids = sorted(a.id for a in corpus.articles)
    assert ids == ["a", "b", "c", "d", "e", "f", "j1", "page"]
    for art in corpus.articles:
        assert "وزارة الدفاع الأذربيجانية" in art.text, art.id
    reasons = sorted((pathlib.Path(s.path.split(":")[0]).name, s.reason) for s in corpus.skipped)
    assert reasons == [("bin.txt", "binary"), ("empty.txt", "empty"), ("more.jsonl", "missing id or text"), ("more.jsonl", "not JSON")]
    assert corpus.summary() == "8 articles read, 4 skipped (1 binary, 1 empty, 1 missing id or text, 1 not JSON)"


def test_web_page_gives_main_text_and_metadata(mixed):
    (page,) = [a for a in read_corpus([mixed / "sub" / "page.html"]).articles]
    assert "الرئيسية" not in page.text and "جميع الحقوق" not in page.text
    assert page.text.startswith("قصف على ترتر") and "3 دبابات" in page.text
    assert (page.published.isoformat(), page.outlet) == ("2020-10-05", "Example News")


def test_jsonl_metadata(mixed):
    (j,) = [a for a in read_corpus([mixed / "sub" / "more.jsonl"]).articles]
    assert (j.published.isoformat(), j.outlet) == ("2020-10-06", "Wire")


def test_globs_and_limits(mixed):
    assert sorted(a.id for a in read_corpus([str(mixed / "*.txt")]).articles) == ["a", "b", "c", "d", "e", "f"]
    small = read_corpus([mixed / "a.txt"], max_bytes=10)
    assert small.articles == [] and small.skipped[0].reason.startswith("too large")
    with pytest.raises(InputError):
        read_corpus([str(mixed / "*.nothing")])


def test_offsets_point_into_the_text_as_read(mixed):
    from tracker import extract_claims

    for art in read_corpus([mixed / "f.txt", mixed / "c.txt"]).articles:
        claims = extract_claims(art.text, article_id=art.id)
        assert art.text[claims[0].start:claims[0].end] == "5"  # CRLF, NBSP and a direction mark change nothing
        assert all(c.quote in art.text for c in claims)
    (f,) = read_corpus([mixed / "f.txt"]).articles
    assert [c.value for c in extract_claims(f.text, article_id="f")] == [5, 3]


def test_decode_refuses_what_is_not_text():
    assert decode(b"   \n") == (None, "empty")
    assert decode(b"\x00\x01\x02\x03" * 50)[1] == "binary"


def test_stdin(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", "-"], input=SENTENCE.encode("cp1256"), capture_output=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").splitlines()[1].startswith("stdin,")


# ---------------------------------------------------------------- long text files

PARAGRAPHS = [
    f"قالت وزارة الدفاع إن {n} جنود قتلوا في قصف على مدينة ترتر، وأضافت أن {n + 1} دبابات دمرت خلال المعارك.\r\n\r\n"
    for n in range(2, 60)
]


@pytest.fixture()
def small_parts(monkeypatch):
    """Parts of 800 characters for files over 2 KB, so that a test file of a few
    kilobytes is read the way a file of hundreds of megabytes is."""
    from tracker import articles

    monkeypatch.setattr(articles, "PART_BYTES", 2000)
    monkeypatch.setattr(articles, "PART_CHARS", 800)
    monkeypatch.setattr(articles, "_BLOCK", 300)  # blocks that cut characters in two


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_a_long_text_file_is_read_in_parts_cut_between_paragraphs(tmp_path, small_parts, encoding):
    text = "".join(PARAGRAPHS)
    (tmp_path / "dump.txt").write_bytes(text.encode(encoding))
    corpus = read_corpus([tmp_path / "dump.txt"])
    assert not corpus.skipped
    assert [a.id for a in corpus.articles] == [f"dump#{i}" for i in range(1, len(corpus.articles) + 1)]
    assert len(corpus.articles) > 5
    assert "".join(a.text for a in corpus.articles) == text  # nothing lost, nothing added, CRLF kept
    for art in corpus.articles:
        assert len(art.text) <= 800 and art.text.startswith("قالت") and art.text.endswith("\r\n\r\n")


def test_parts_give_the_claims_of_the_whole_file(tmp_path, small_parts):
    from tracker import extract_claims

    text = "".join(PARAGRAPHS)
    (tmp_path / "dump.txt").write_text(text, encoding="utf-8")
    whole = [(c.value, c.outcome, c.item, c.quote) for c in extract_claims(text, article_id="dump")]
    parts = [
        (c.value, c.outcome, c.item, c.quote)
        for art in read_corpus([tmp_path / "dump.txt"]).articles
        for c in extract_claims(art.text, article_id=art.id)
    ]
    assert len(whole) == 2 * len(PARAGRAPHS) and parts == whole


def test_parts_take_the_file_manifest_row_and_a_long_binary_file_is_skipped(tmp_path, small_parts):
    (tmp_path / "dump.txt").write_text("".join(PARAGRAPHS), encoding="utf-8")
    (tmp_path / "articles.csv").write_text("article_id,published,outlet,url\ndump,2020-10-05,Wire,\n", encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 20)
    corpus = read_corpus([tmp_path])
    assert {a.published.isoformat() for a in corpus.articles} == {"2020-10-05"}
    assert {a.outlet for a in corpus.articles} == {"Wire"}
    assert [(pathlib.Path(s.path).name, s.reason) for s in corpus.skipped] == [("noise.txt", "binary")]
