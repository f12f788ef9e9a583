"""`python -m crosswire` runs the command line."""

from crosswire.cli.app import main

main()
