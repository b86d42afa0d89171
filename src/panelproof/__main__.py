"""`python -m panelproof ...`: the same command line as the `panelproof` script."""

from panelproof.cli import run

if __name__ == "__main__":
    run()
