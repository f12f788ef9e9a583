"""The command line: thin commands that check arguments, call one library function and print."""
