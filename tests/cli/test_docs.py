"""Every CLI command has help text and a heading in docs/cli.md."""

from __future__ import annotations

import click
import typer.main

from crosswire.cli.app import app
from tests.conftest import REPO


def all_commands() -> list[tuple[str, click.Command]]:
    group = typer.main.get_command(app)
    found = []

    def walk(prefix: str, command: click.Command) -> None:
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", group)
    return found


def test_every_command_has_help_and_options_have_help():
    for name, command in all_commands():
        assert (command.help or "").strip(), f"crosswire {name} has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert (param.help or "").strip(), f"crosswire {name} {param.opts} has no help text"


def test_every_command_is_in_the_docs():
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, _ in all_commands():
        assert f"`crosswire {name}" in docs, f"crosswire {name} is missing from docs/cli.md"
