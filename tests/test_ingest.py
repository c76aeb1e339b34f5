"""Tests for eventwire.ingest: every input format, dates, ids and the rejects."""
from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.ingest import infer_published, make_article, read_inputs
from eventwire.models import Article, Reject

BODY = "ADDIS ABABA, March 9, 2025 — Ethiopia’s foreign minister met his counterpart.\n\n“We agreed,” he said."


def read_all(*paths: str | Path, **options) -> list[Article | Reject]:
    """Everything read_inputs yields for ``paths``."""
    return list(read_inputs([str(path) for path in paths], **options))


def only(items: list[Article | Reject]) -> Article | Reject:
    """The single item of ``items``."""
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (text as UTF-8) to ``path`` and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- plain text -------------------------------------------------------------------------

def test_plain_text_layout_and_paragraphs(tmp_path):
    path = write(
        tmp_path / "a.txt",
        "Ministers meet  \nAddis Standard\n\nADDIS ABABA, March 9, 2025 — They met.   \n"
        "  “We agreed,” he said – firmly.\n\n\nA third paragraph.\n",
    )
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.title == "Ministers meet"
    assert article.outlet == "Addis Standard"
    assert article.text == (
        "ADDIS ABABA, March 9, 2025 — They met. “We agreed,” he said – firmly.\n\nA third paragraph."
    )
    assert article.source == str(path)
    assert article.published == "2025-03-09"
    assert article.published_basis == "inferred"


def test_plain_text_one_paragraph_per_line(tmp_path):
    path = write(tmp_path / "a.txt", "Headline\nOutlet\nFirst line.\r\nSecond line.\r\n")
    assert only(read_all(path)).text == "First line.\n\nSecond line."


def test_front_matter_sets_metadata(tmp_path):
    path = write(
        tmp_path / "a.txt",
        "---\npublished: 2024-06-03T08:00:00Z\nurl: https://example.org/x\nid: my-id\n"
        'author: ignored\n---\nHeadline\n"Outlet"\nBody on May 1, 2020.\n',
    )
    article = only(read_all(path))
    assert (article.id, article.url, article.title) == ("my-id", "https://example.org/x", "Headline")
    assert (article.published, article.published_basis) == ("2024-06-03", "metadata")
    assert article.text == "Body on May 1, 2020."


def test_front_matter_title_means_all_body(tmp_path):
    path = write(tmp_path / "a.txt", "---\ntitle: 'Given title'\noutlet: Wire\n---\nFirst.\nSecond.\n")
    article = only(read_all(path))
    assert (article.title, article.outlet, article.text) == ("Given title", "Wire", "First.\n\nSecond.")


def test_single_line_file_is_all_body(tmp_path):
    article = only(read_all(write(tmp_path / "a.txt", "Troops shelled the town on Monday.\n")))
    assert (article.title, article.outlet, article.text) == ("", "", "Troops shelled the town on Monday.")


def test_unclosed_front_matter_is_rejected(tmp_path):
    path = write(tmp_path / "a.txt", "---\npublished: 2024-06-03\nurl: https://example.org\n")
    reject = only(read_all(path))
    assert reject == Reject(
        file=str(path),
        line=1,
        reason="front matter opened with '---' is never closed; add a '---' line after the "
        "'key: value' lines",
    )


def test_bad_front_matter_line_is_rejected(tmp_path):
    path = write(tmp_path / "a.txt", "---\npublished: 2024-06-03\njust words\n---\nH\nO\nBody\n")
    reject = only(read_all(path))
    assert (reject.file, reject.line) == (str(path), 3)
    assert reject.reason.startswith("front matter line is not 'key: value'")


def test_headline_without_body_is_rejected(tmp_path):
    path = write(tmp_path / "a.txt", "Headline\nOutlet\n")
    reject = only(read_all(path))
    assert reject == Reject(
        file=str(path),
        line=None,
        reason="no body text: the layout is line 1 headline, line 2 outlet, then the body; "
        "add the body or fix the layout",
    )


_line_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"),
    min_size=1,
    max_size=30,
).map(str.strip).filter(lambda s: s and s != "---" and len(s) <= 120)


@settings(max_examples=60, deadline=None)
@given(
    title=_line_text,
    outlet=_line_text,
    paragraphs=st.lists(_line_text.map(lambda s: " ".join(s.split())), min_size=1, max_size=5),
    published=st.dates().map(lambda d: d.isoformat()),
    blank_lines=st.booleans(),
)
def test_plain_text_round_trip(tmp_path_factory, title, outlet, paragraphs, published, blank_lines):
    separator = "\n\n" if blank_lines else "\n"
    content = f"---\npublished: {published}\n---\n{title}\n{outlet}\n" + separator.join(paragraphs) + "\n"
    path = write(tmp_path_factory.mktemp("rt") / "a.txt", content)
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert (article.title, article.outlet) == (" ".join(title.split()), " ".join(outlet.split()))
    assert article.text == "\n\n".join(paragraphs)
    assert (article.published, article.published_basis) == (published, "metadata")


# --- publication date -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADDIS ABABA, March 9, 2025 — Talks began.", "2025-03-09"),
        ("Published 9 March 2025. Talks began.", "2025-03-09"),
        ("2025-03-09: Talks began.", "2025-03-09"),
        ("On Sept. 1st, 2024 troops moved.", "2024-09-01"),
        ("Talks began in March 2025.", None),
        ("Talks began on Monday.", None),
        ("February 30, 2025 is not a day.", None),
        ("x" * 450 + " March 9, 2025", None),
    ],
)
def test_infer_published(text, expected):
    assert infer_published(text) == expected


def test_infer_published_takes_earliest():
    assert infer_published("Kyiv, 2 May 2024 — Recalling March 1, 2022, he spoke.") == "2024-05-02"


def test_published_precedence(tmp_path):
    front = write(tmp_path / "front.txt", "---\npublished: 2024-01-02\n---\nH\nO\nOn March 9, 2025 they met.\n")
    dated = write(tmp_path / "dated.txt", "H\nO\nOn March 9, 2025 they met.\n")
    undated = write(tmp_path / "undated.txt", "H\nO\nThey met on Sunday.\n")
    os.utime(undated, (1_700_000_000, 1_700_000_000))
    given_all = read_all(front, dated, undated, published="2023-05-06")
    assert [(a.published, a.published_basis) for a in given_all] == [("2023-05-06", "given")] * 3
    found = read_all(front, dated, undated)
    assert [(a.published, a.published_basis) for a in found] == [
        ("2024-01-02", "metadata"),
        ("2025-03-09", "inferred"),
        (None, "unknown"),
    ]


def test_invalid_published_argument_raises_at_once(tmp_path):
    with pytest.raises(ValueError, match="published must be a date"):
        read_inputs([str(tmp_path)], published="last week")


# --- make_article -----------------------------------------------------------------------

def test_make_article_id_is_a_content_hash():
    first = make_article(BODY, title="T", outlet="O")
    again = make_article(BODY, title="T", outlet="O", source="elsewhere.txt")
    other = make_article(BODY + " More.", title="T", outlet="O")
    retitled = make_article(BODY, title="T2", outlet="O")
    assert first.id == again.id
    assert len(first.id) == 16 and all(c in "0123456789abcdef" for c in first.id)
    assert len({first.id, other.id, retitled.id}) == 3


def test_make_article_id_matches_the_documented_formula():
    import hashlib

    article = make_article("Body.", title="T", outlet="O")
    assert article.id == hashlib.sha1("T\nO\nBody.".encode()).hexdigest()[:16]


def test_make_article_dates():
    assert make_article(BODY).published_basis == "inferred"
    given_date = make_article(BODY, published="2024-02-03T10:00:00+03:00")
    assert (given_date.published, given_date.published_basis) == ("2024-02-03", "given")
    meta = make_article("No date.", published="Sun, 09 Mar 2025 10:00:00 GMT", published_basis="metadata")
    assert (meta.published, meta.published_basis) == ("2025-03-09", "metadata")
    assert make_article("No date.").published_basis == "unknown"
    with pytest.raises(ValueError):
        make_article("No date.", published="soon")


def test_ids_stable_across_reads(tmp_path):
    path = write(tmp_path / "a.txt", f"H\nO\n{BODY}\n")
    assert only(read_all(path)).id == only(read_all(path)).id


# --- JSON Lines -------------------------------------------------------------------------

def test_jsonl_fields_and_aliases(tmp_path):
    lines = [
        {"id": "a1", "title": "T", "outlet": "O", "published": "2025-03-09T23:10:00Z", "url": "u", "text": "One."},
        {"headline": "H", "source": "S", "date": "2024-01-02", "link": "l", "body": "Two."},
        {"Title": "Case", "publication_date": "20230405", "content": ["P1", "P2"]},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n\n")
    first, second, third = read_all(path)
    assert (first.id, first.title, first.outlet, first.url, first.published, first.published_basis) == (
        "a1", "T", "O", "u", "2025-03-09", "metadata",
    )
    assert (second.title, second.outlet, second.url, second.text, second.source) == (
        "H", "S", "l", "Two.", f"{path}:2",
    )
    assert (third.title, third.published, third.text) == ("Case", "2023-04-05", "P1\n\nP2")


def test_jsonl_column_map(tmp_path):
    path = write(tmp_path / "a.ndjson", json.dumps({"article_body": "Body.", "pubdate": "2025-01-02", "text": "no"}) + "\n")
    article = only(read_all(path, column_map={"text": "article_body", "published": "pubdate"}))
    assert (article.text, article.published) == ("Body.", "2025-01-02")


def test_jsonl_bad_lines_are_rejected_and_reading_goes_on(tmp_path):
    path = write(
        tmp_path / "bad.jsonl",
        '{"text": "Good one."}\n'
        '{"title": "x"}\n'
        '{"title": "x" "text": "y"}\n'
        "[1, 2]\n"
        '{"text": 5}\n'
        '{"text": "  "}\n'
        '{"text": "Good two."}\n',
    )
    items = read_all(path)
    assert [type(item).__name__ for item in items] == ["Article"] + ["Reject"] * 5 + ["Article"]
    assert items[1:6] == [
        Reject(file=str(path), line=2, reason="no text field (looked for text, body, content); add one or map yours with --map text=NAME"),
        Reject(file=str(path), line=3, reason="not valid JSON (Expecting ',' delimiter at column 15); fix or remove the line"),
        Reject(file=str(path), line=4, reason="the line is an array, not a JSON object; write one article object per line"),
        Reject(file=str(path), line=5, reason="field 'text' is int, not a string; put the article text in it"),
        Reject(file=str(path), line=6, reason="empty text in field 'text'; fill it or remove the line"),
    ]
    assert items[-1].source == f"{path}:7"


def test_jsonl_missing_mapped_field(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "x"}\n')
    reject = only(read_all(path, column_map={"text": "article_body"}))
    assert reject == Reject(
        file=str(path), line=1,
        reason="no field 'article_body' (mapped with --map text=article_body); check the name",
    )


def test_pretty_printed_json_gets_one_reject(tmp_path):
    path = write(tmp_path / "a.json", '[\n  {"text": "x"},\n  {"text": "y"}\n]\n')
    reject = only(read_all(path))
    assert (reject.file, reject.line) == (str(path), 1)
    assert "not JSON Lines" in reject.reason and "jq -c" in reject.reason


def test_column_map_with_unknown_field_raises(tmp_path):
    with pytest.raises(ValueError, match="column_map keys"):
        read_inputs([str(tmp_path)], column_map={"body_text": "x"})


def test_jsonl_oversized_line_is_skipped_in_bounded_memory(tmp_path):
    huge = json.dumps({"text": "word " * 400_000})
    path = write(tmp_path / "a.jsonl", '{"text": "first"}\n' + huge + '\n{"text": "last"}\n')
    items = read_all(path, max_chars=10_000)
    assert [getattr(item, "text", None) for item in (items[0], items[2])] == ["first", "last"]
    assert (items[1].file, items[1].line) == (str(path), 2)
    assert items[1].reason == (
        f"the line is {len(huge) + 1:,} bytes, over the limit of 10,000 characters per article "
        "(max_chars); split it or raise the limit"
    )


def test_jsonl_text_over_max_chars(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": "x" * 120}) + "\n")
    reject = only(read_all(path, max_chars=100))
    assert reject == Reject(
        file=str(path), line=1,
        reason="the article is 120 characters, over the limit of 100 characters per article "
        "(max_chars); split it or raise the limit",
    )


# --- CSV --------------------------------------------------------------------------------

def test_csv_rows(tmp_path):
    path = write(
        tmp_path / "a.csv",
        "Title,Outlet,Date,Text\n"
        'T1,O1,2025-03-09,"First paragraph.\nSecond, with comma."\n'
        "\n"
        "T2,O2\n"
        "T3,O3,2025-01-01,\n"
        "T4,O4,2025-01-01,Body,extra\n"
        "T5,O5,not a date,Last on 4 May 2021.\n",
    )
    items = read_all(path)
    first = items[0]
    assert (first.title, first.outlet, first.published, first.text, first.source) == (
        "T1", "O1", "2025-03-09", "First paragraph.\n\nSecond, with comma.", f"{path}:2",
    )
    assert items[1:4] == [
        Reject(file=str(path), line=5, reason="row has 2 of 4 columns (missing: Date, Text); check the delimiter and quoting"),
        Reject(file=str(path), line=6, reason="empty text in column 'Text'; fill it or remove the row"),
        Reject(file=str(path), line=7, reason="row has 5 columns but the header has 4; quote fields that contain the delimiter"),
    ]
    assert (items[4].published, items[4].published_basis, items[4].source) == ("2021-05-04", "inferred", f"{path}:8")


def test_tsv_semicolon_and_column_map(tmp_path):
    tsv = write(tmp_path / "a.tsv", "headline\tstory\nH; x\tBody one.\n")
    semi = write(tmp_path / "b.csv", "title;story\nH2;Body two.\n")
    items = read_all(tsv, semi, column_map={"text": "story"})
    assert [(a.title, a.text) for a in items] == [("H; x", "Body one."), ("H2", "Body two.")]


def test_csv_without_text_column(tmp_path):
    path = write(tmp_path / "a.csv", "title,words\nT,W\n")
    reject = only(read_all(path))
    assert reject == Reject(
        file=str(path), line=1,
        reason="no text column (looked for text, body, content); add one or map yours with "
        "--map text=NAME (columns: title, words)",
    )


# --- HTML -------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head><title>Ceasefire agreed | Daily Wire</title>
<meta property="og:title" content="Ceasefire agreed in the north">
<meta property="og:site_name" content="Daily Wire">
<meta property="article:published_time" content="2025-03-09T10:00:00Z">
<link rel="canonical" href="https://daily.example/ceasefire"></head>
<body><nav>Home | World</nav><article><h1>Ceasefire agreed in the north</h1>
<p>Both sides agreed to a ceasefire on Sunday after talks mediated by regional envoys in the capital.</p>
<p>The agreement covers the northern front and takes effect at midnight, officials told reporters.</p>
</article><footer>Copyright notice</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    article = only(read_all(write(tmp_path / "page.html", HTML)))
    assert article.title == "Ceasefire agreed in the north"
    assert article.outlet == "Daily Wire"
    assert article.url == "https://daily.example/ceasefire"
    assert (article.published, article.published_basis) == ("2025-03-09", "metadata")
    assert article.text.startswith("Both sides agreed to a ceasefire")
    assert "Copyright" not in article.text and "\n\n" in article.text


def test_html_without_text_is_rejected(tmp_path):
    path = write(tmp_path / "empty.htm", "<html><body><script>app()</script></body></html>")
    reject = only(read_all(path))
    assert (reject.file, reject.line) == (str(path), None)
    assert reject.reason.startswith("no article text found in the HTML")


# --- paths: directories, globs, gz, stdin -------------------------------------------------

def test_directory_recursion_order_skips_hidden(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/c/y.txt", "a/b.txt", ".hidden.txt", ".git/x.txt", "c.txt"):
        write(tmp_path / name, f"{name}\nOutlet\nBody of {name}.\n")
    titles = [a.title for a in read_all(tmp_path)]
    assert titles == ["a/b.txt", "a/c/y.txt", "a/z.txt", "b.txt", "c.txt"]


def test_directory_without_files_is_rejected(tmp_path):
    empty = tmp_path / "empty"
    write(empty / ".DS_Store", b"x")
    reject = only(read_all(empty))
    assert reject == Reject(
        file=str(empty),
        reason="no readable files in the directory (hidden files and README/.md notes are skipped); check the path "
        "or add .txt, .jsonl, .csv or .html files",
    )


def test_glob_patterns(tmp_path):
    for name in ("2.txt", "1.txt", "sub/3.txt", "x.csv"):
        write(tmp_path / name, f"{name}\nO\nBody.\n")
    assert [a.title for a in read_all(tmp_path / "*.txt")] == ["1.txt", "2.txt"]
    assert [a.title for a in read_all(tmp_path / "**" / "*.txt")] == ["1.txt", "2.txt", "sub/3.txt"]
    pattern = str(tmp_path / "*.nothing")
    assert only(read_all(pattern)) == Reject(
        file=pattern, reason="no files match the pattern; check the pattern and the directory it starts from",
    )


def test_missing_path_is_rejected_and_reading_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", "H\nO\nBody.\n")
    missing = tmp_path / "missing.txt"
    items = read_all(missing, good)
    assert items[0] == Reject(file=str(missing), reason="no such file or directory; check the path")
    assert items[1].title == "H"


def test_gzip_inputs(tmp_path):
    txt = tmp_path / "a.txt.gz"
    txt.write_bytes(gzip.compress("H\nO\nBody one.\n".encode()))
    jsonl = tmp_path / "b.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b'{"text": "Body two."}\n{"text": "Body three."}\n'))
    fake = write(tmp_path / "c.jsonl.gz", b'{"text": "not compressed"}\n')
    items = read_all(txt, jsonl, fake)
    assert [getattr(item, "text", None) for item in items[:3]] == ["Body one.", "Body two.", "Body three."]
    assert [item.source for item in items[:3]] == [str(txt), f"{jsonl}:1", f"{jsonl}:2"]
    assert items[3].file == str(fake) and items[3].reason.startswith("not a valid or complete gzip file")


def test_stdin_binary_and_text(tmp_path):
    from_bytes = only(read_all("-", stdin=io.BytesIO("H\nO\n“Body.”\n".encode("utf-16"))))
    assert (from_bytes.text, from_bytes.source) == ("“Body.”", "<stdin>")
    from_text = read_all("-", stdin=io.StringIO('{"text": "One."}\n{"oops": 1}\n'))
    assert from_text[0].source == "<stdin>:1"
    assert from_text[1] == Reject(
        file="<stdin>", line=2,
        reason="no text field (looked for text, body, content); add one or map yours with --map text=NAME",
    )
    assert only(read_all("-", stdin=io.BytesIO(b""))) == Reject(
        file="<stdin>", reason="the file is empty; remove it or put an article in it",
    )


# --- encodings and binary files -----------------------------------------------------------

def test_encodings(tmp_path):
    text = "Café talks\nLe Monde\n“Déjà vu” – l’accord.\n"
    files = [
        write(tmp_path / "1.txt", text.encode("utf-8-sig")),
        write(tmp_path / "2.txt", text.encode("utf-16")),
        write(tmp_path / "3.txt", text.encode("cp1252")),
        write(tmp_path / "4.txt", text.encode("utf-16-be")[:0] + "\ufeff".encode("utf-16-be") + text.encode("utf-16-be")),
    ]
    articles = read_all(*files)
    assert [(a.title, a.text) for a in articles] == [("Café talks", "“Déjà vu” – l’accord.")] * 4
    assert len({a.id for a in articles}) == 1


def test_utf16_jsonl(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "Über"}\n{"text": "Ça"}\n'.encode("utf-16"))
    assert [a.text for a in read_all(path)] == ["Über", "Ça"]


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", b"")
    assert only(read_all(path)) == Reject(file=str(path), reason="the file is empty; remove it or put an article in it")


def test_binary_file_with_nul_bytes(tmp_path):
    path = write(tmp_path / "scan.txt", b"%PDF-1.4\n\x00\x01\x02binary")
    assert only(read_all(path)) == Reject(
        file=str(path),
        reason="binary file (NUL byte at offset 9), not text; eventwire reads plain text, JSON Lines, "
        "CSV and HTML; convert it to text first or remove it",
    )


def test_unknown_extension_binary_and_text(tmp_path):
    binary = write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    text = write(tmp_path / "README", "Headline\nOutlet\nBody.\n")
    jsonl = write(tmp_path / "dump.data", '{"text": "From JSON."}\n')
    items = read_all(binary, text, jsonl)
    assert items[0] == Reject(
        file=str(binary),
        reason="unknown file type (.jpg) and binary file (NUL byte at offset 4), not text; eventwire "
        "reads plain text, JSON Lines, CSV and HTML; convert it to text first or remove it",
    )
    assert (items[1].title, items[1].text) == ("Headline", "Body.")
    assert items[2].text == "From JSON."


def test_control_characters_mean_binary(tmp_path):
    path = write(tmp_path / "x.txt", b"H\nO\n" + b"\x01\x02\x03\x04ab" * 20)
    reject = only(read_all(path))
    assert reject.reason.startswith("binary file (80 control characters in the first 124)")


def test_invalid_utf8_that_is_not_cp1252(tmp_path):
    garbage = bytes([0x81, 0xE9, 0x9D, 0xC3, 0x8F, 0xF0, 0x90, 0xAA, 0x8D, 0xFE] * 30)
    path = write(tmp_path / "bad.txt", b"Headline\nOutlet\n" + garbage)
    assert only(read_all(path)) == Reject(
        file=str(path),
        reason="not text: invalid UTF-8 (byte 0x81 at offset 16) and not cp1252 or another known "
        "encoding either; re-save it as UTF-8 or remove it",
    )


def test_convert_first_extensions(tmp_path):
    path = write(tmp_path / "report.pdf", b"%PDF-1.7 whatever")
    assert only(read_all(path)) == Reject(
        file=str(path), reason=".pdf files are not read; convert it to text first (pdftotext)",
    )


# --- size limits --------------------------------------------------------------------------

def test_50mb_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    chunk = ("Headline\nOutlet\n" + "word " * 200_000).encode()
    with path.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    size = path.stat().st_size
    tracemalloc.start()
    reject = only(read_all(path))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert reject == Reject(
        file=str(path),
        reason=f"the file is {size:,} bytes, over the limit of 2,000,000 characters per article "
        "(max_chars); split it or raise the limit",
    )
    assert peak < 1_000_000


def test_large_gzip_text_is_rejected_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        handle.write(b"Headline\nOutlet\n")
        for _ in range(20):
            handle.write(b"word " * 200_000)
    reject = only(read_all(path, max_chars=100_000))
    assert reject.reason.startswith("the file is 20,000,016 bytes, over the limit of 100,000 characters")
    tracemalloc.start()
    read_all(path, max_chars=100_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3_000_000


def test_text_over_max_chars_after_reading(tmp_path):
    path = write(tmp_path / "a.txt", "H\nO\n" + "x" * 150 + "\n")
    assert only(read_all(path, max_chars=100)).reason == (
        "the article is 150 characters, over the limit of 100 characters per article (max_chars); "
        "split it or raise the limit"
    )


def test_read_inputs_is_lazy(tmp_path):
    write(tmp_path / "a.txt", "H\nO\nBody.\n")
    stream = read_inputs([str(tmp_path)])
    write(tmp_path / "b.txt", "H2\nO\nLater body.\n")
    assert [a.title for a in stream] == ["H", "H2"]


def test_undecodable_line_late_in_jsonl_is_rejected_alone(tmp_path):
    lines = b"".join(b'{"text": "line %d"}\n' % i for i in range(5000))
    path = write(tmp_path / "late.jsonl", lines + b'{"text": "caf\xe9"}\n{"text": "after"}\n')
    *_, last_good, reject, after = read_all(path)
    assert last_good.text == "line 4999"
    assert reject == Reject(
        file=str(path), line=5001, reason="not valid utf-8 text (byte 0xe9 at column 14); re-save the file as UTF-8",
    )
    assert after.text == "after"


def test_undecodable_byte_late_in_text_file(tmp_path):
    path = write(tmp_path / "late.txt", b"H\nO\n" + b"word " * 20_000 + b"\xe9\n")
    assert only(read_all(path)) == Reject(
        file=str(path), reason="not valid utf-8 text (byte 0xe9 at offset 100004); re-save it as UTF-8",
    )


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    data = gzip.compress(b'{"text": "a"}\n' * 50_000)
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    items = read_all(path)
    assert all(isinstance(item, Article) for item in items[:-1]) and len(items) > 1000
    assert items[-1].file == str(path) and items[-1].line is None
    assert items[-1].reason.startswith("not a valid or complete gzip file (Compressed file ended")


def test_csv_field_over_the_csv_module_default_limit(tmp_path):
    path = write(tmp_path / "big.csv", "title,text\nA," + "y" * 250_000 + "\nB,ok body\n")
    reject, article = read_all(path, max_chars=200_000)
    assert reject == Reject(
        file=str(path), line=2,
        reason="the article is 250,000 characters, over the limit of 200,000 characters per article "
        "(max_chars); split it or raise the limit",
    )
    assert (article.title, article.source) == ("B", f"{path}:3")
