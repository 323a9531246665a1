import sys

from srs.cli import main

main(sys.argv[1:])
