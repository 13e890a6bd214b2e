"""`monitor COMMAND …` builds only COMMAND's parser (main.build_parser(command)): the same
arguments come out, the same help and errors, as from the parser with every command."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from monitor.cli.main import build_parser

ARGVS = [
    ["run"], ["web"], ["poll"], ["poll", "--source", "a", "--source", "b", "--json"],
    ["items", "list", "--relevant", "--limit", "5", "--since", "2026-12-01"], ["items", "show", "3", "--json"],
    ["items", "delete", "1", "2"], ["stories", "list", "--limit", "3"], ["sources", "check"],
    ["db", "upgrade"], ["db", "copy", "--to", "sqlite:///x.db", "--replace"],
    ["classify", "--title", "t", "--lang", "ru"], ["eval", "f.jsonl"], ["reclassify", "--dry-run", "-v"],
    ["config"], ["health", "--max-age", "60", "--web"],
    ["subscribers", "add", "a@example.com", "--schedule", "weekly", "--day", "mon"],
    ["webhooks", "list"], ["deliveries", "list"], ["digest", "--help"],
    ["poll", "--help"], ["items", "--help"], ["poll", "--bogus"], ["items", "nope"], ["health", "--max-age", "x"],
]


def outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = vars(parser.parse_args(argv))
            result: object = {k: (v.__qualname__ if callable(v) else v) for k, v in ns.items()}
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("argv", ARGVS, ids=[" ".join(a) for a in ARGVS])
def test_one_commands_parser_reads_as_the_whole_one(argv: list[str]) -> None:
    assert outcome(build_parser(argv[0]), argv) == outcome(build_parser(), argv)


def test_an_unknown_command_builds_every_command_for_the_error() -> None:
    result, _, err = outcome(build_parser("bogus"), ["bogus"])
    assert result == ("exit", 2) and "invalid choice: 'bogus'" in err and "'digest'" in err
