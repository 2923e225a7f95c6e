"""`python -m precedent_bank` runs the `precedents` command."""

from precedent_bank.cli import cli

if __name__ == "__main__":
    cli(prog_name="precedents")
