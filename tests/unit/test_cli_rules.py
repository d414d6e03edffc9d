from __future__ import annotations

import textwrap

import pytest

from newsparse import _registry
from newsparse._cli import main


@pytest.fixture(autouse=True)
def no_plugins(monkeypatch):
    monkeypatch.setenv("NEWSPARSE_NO_PLUGINS", "1")
    _registry._load.cache_clear()
    yield
    _registry._load.cache_clear()


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_rules_list_prints_every_active_rule(capsys):
    assert main(["rules", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NAME", "ORIGIN", "PACKAGE", "MATCHES"]
    names = [line.split()[0] for line in lines[1:]]
    assert names == ["blogger", "ghost", "substack", "wordpress"]
    assert "built-in  newsparse " in lines[1]


def test_rules_check_validates_toml_rules(tmp_path, capsys):
    write(tmp_path, "a.toml", 'domains = ["a.example"]\nbody = ["article"]\n')
    write(
        tmp_path,
        "b.toml",
        'domains = ["b.example"]\n\n[[examples]]\nurl = "https://c.example/"\n',
    )
    assert main(["rules", "check", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 files (0 FiveFilters site configs, 2 TOML rules)" in out
    assert "rules: 2 loaded, 0 refused" in out
    assert "examples: 1 test URLs, 1 outside their rule's domains" in out
    assert "  b: https://c.example/" in out


def test_rules_check_reports_refused_files_and_fails(tmp_path, capsys):
    path = write(tmp_path, "bad.toml", 'domains = ["x.example"]\nbody = ["div["]\n')
    assert main(["rules", "check", str(path)]) == 1
    assert (
        "refused: bad.toml: body selector 'div[' is not valid CSS"
        in capsys.readouterr().out
    )


def test_rules_check_counts_ftr_translations(tmp_path, capsys):
    path = write(
        tmp_path,
        "site.example.txt",
        """\
        body: //article
        body: //div[contains(., 'x')]
        strip: //aside
        title: //h1/text()
        """,
    )
    assert main(["rules", "check", str(path), "-v"]) == 0
    out = capsys.readouterr().out
    assert "  body                   1/2      50.0%" in out
    assert "  strip                  1/1     100.0%" in out
    assert "  title                  0/1       0.0%" in out
    assert "site.example.txt:2: body: //div[contains(., 'x')]" in out
    assert "    column 16: contains() on text: CSS cannot test text" in out


def test_rules_check_of_a_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["rules", "check", str(tmp_path / "nope")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_rules_without_a_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["rules"])
    assert info.value.code == 2


def test_explain_without_a_matching_rule(tmp_path, capsys):
    page = write(tmp_path, "p.html", "<p>" + "A sentence of text here. " * 6 + "</p>")
    assert main([str(page), "--format", "text", "--explain"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("A sentence of text here.")
    assert captured.err.startswith(
        "== site rules ==\nrule: none matched (generic extraction only)\n"
    )


def test_a_page_named_like_a_subcommand_is_read_with_a_path(
    tmp_path, capsys, monkeypatch
):
    write(tmp_path, "rules", "<p>" + "Page called rules. " * 6 + "</p>")
    monkeypatch.chdir(tmp_path)
    assert main(["./rules", "--format", "text"]) == 0
    assert "Page called rules." in capsys.readouterr().out
