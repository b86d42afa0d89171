"""The `panelproof` command line: `check`, `challenge`, `scope`, `rules`.

Errors reach the user as one plain line on standard error and exit code 2; a traceback is shown
only with `--debug`. Reports go to standard output (or `--output FILE`); progress and messages
go to standard error, and the progress bar appears only when standard error is a terminal.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import traceback
from textwrap import fill
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Iterator, Optional

import typer

from panelproof import __version__

app = typer.Typer(
    name="panelproof",
    help="Stress-test a medical device clinical evaluation dossier the way the MDR expert "
         "panels (CECP, Art. 54) do.",
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem the user can fix; its message is printed as is, exit code 2."""


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    MD = "md"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"


# Formats written as bytes: they need --output (a terminal cannot show them).
BINARY_FORMATS = {OutputFormat.PDF, OutputFormat.DOCX}


class ChallengeFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MD = "md"


class FailOn(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    NEVER = "never"


class ScopeFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class Application(StrEnum):
    INITIAL = "initial"
    RENEWAL_MDR = "renewal-mdr"
    RENEWAL_DIRECTIVE = "renewal-directive"


# --- plumbing ----------------------------------------------------------------------------------

def _error(message: str) -> None:
    typer.echo(f"panelproof: error: {message}", err=True)


@contextmanager
def _user_errors(debug: bool) -> Iterator[None]:
    """Turn every exception into one line and exit code 2 (with `--debug`, the traceback too)."""
    try:
        yield
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except UsageError as error:
        if debug:
            traceback.print_exc()
        _error(str(error))
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_USAGE) from None
    except Exception as error:  # noqa: BLE001 - the user must never see a bare traceback
        if debug:
            traceback.print_exc()
        message = " ".join(str(error).split()) or type(error).__name__
        _error(f"{message} (run with --debug for details)" if not debug else message)
        raise typer.Exit(EXIT_USAGE) from None


def _write(text: str, output: Path | None) -> None:
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
        return
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a terminal or pipe that cannot take UTF-8 text
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _write_bytes(data: bytes, output: Path) -> None:
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _stdin_is_terminal() -> bool:
    return _is_terminal(sys.stdin)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"panelproof {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", "-V", callback=_version_callback,
                                 is_eager=True, help="Show the version and exit."),
) -> None:
    """Stress-test a clinical evaluation dossier the way the MDR expert panels do."""


# --- check -------------------------------------------------------------------------------------

def parse_codes(value: str | None, known: list[str]) -> set[str] | None:
    """Comma- or space-separated rule codes or code prefixes ("XD", "XD002") -> codes."""
    if not value:
        return None
    selected: set[str] = set()
    for token in value.replace(",", " ").split():
        token = token.strip().upper()
        matches = {code for code in known if code.upper().startswith(token)}
        if not matches:
            raise UsageError(f"unknown rule code {token!r} (see `panelproof rules`)")
        selected |= matches
    return selected


def build_limits(max_file_mb: float | None, max_pages: int | None,
                 timeout_per_document: float | None):
    from panelproof.ingest import Limits

    limits = Limits()
    for option, value in (("--max-file-mb", max_file_mb), ("--max-pages", max_pages),
                          ("--timeout-per-document", timeout_per_document)):
        if value is not None and value <= 0:
            raise UsageError(f"{option} must be greater than 0")
    changes: dict = {}
    if max_file_mb is not None:
        changes["max_file_bytes"] = int(max_file_mb * 1024 * 1024)
    if max_pages is not None:
        changes["max_pages"] = max_pages
    if timeout_per_document is not None:
        changes["max_seconds_per_document"] = float(timeout_per_document)
    known = {f.name for f in dataclasses.fields(limits)}
    return dataclasses.replace(limits, **{k: v for k, v in changes.items() if k in known})


@contextmanager
def _progress_reporter(enabled: bool) -> Iterator:
    """A `progress(description, done, total)` callback drawing a Rich bar on standard error."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        console=Console(stderr=True), transient=True)
    task = progress.add_task("Reading documents", total=None)

    def callback(description: str, done: int, total: int) -> None:
        progress.update(task, description=str(description)[:60], completed=done,
                        total=total or None)

    with progress:
        yield callback


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., metavar="PATH...",
                                       help="Dossier folder(s) and/or document files."),
    output_format: OutputFormat = typer.Option(OutputFormat.TEXT, "--format", "-f",
                                               case_sensitive=False, help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the report to FILE instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.MAJOR, "--fail-on", case_sensitive=False,
                                   help="Exit 1 when a finding is at or above this severity."),
    select: Optional[str] = typer.Option(None, "--select",
                                         help="Only these rule codes or prefixes (comma-separated)."),
    ignore: Optional[str] = typer.Option(None, "--ignore",
                                         help="Leave out these rule codes or prefixes."),
    max_file_mb: Optional[float] = typer.Option(None, "--max-file-mb",
                                                help="Refuse files larger than this (MiB)."),
    max_pages: Optional[int] = typer.Option(None, "--max-pages",
                                            help="Refuse documents with more pages."),
    timeout_per_document: Optional[float] = typer.Option(
        None, "--timeout-per-document", help="Give up on a document after this many seconds."),
    matrix_image: Optional[Path] = typer.Option(
        None, "--matrix-image", metavar="FILE",
        help="Also write the consistency matrix as a PNG image to FILE."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Check a dossier and report contradictions, gaps and red flags with quotes."""
    with _user_errors(debug):
        code = _check(paths, output_format, output, fail_on, select, ignore,
                      build_limits(max_file_mb, max_pages, timeout_per_document), matrix_image)
    raise typer.Exit(code)


def _run_pipeline(paths: list[Path], limits=None, select: str | None = None,
                  ignore: str | None = None):
    import panelproof.pipeline as pipeline
    from panelproof.ingest import DossierConfigError
    from panelproof.rules.registry import all_rules

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError("no such file or folder: " + ", ".join(missing))
    # Importing every rule module takes a quarter of a second: done here only to check
    # --select and --ignore; otherwise the pipeline imports them while documents are read.
    known = [rule.code for rule in all_rules()] if (select or ignore) else []
    selected, ignored = parse_codes(select, known), parse_codes(ignore, known)

    with _progress_reporter(_is_terminal(sys.stderr)) as progress:
        try:
            return pipeline.run_check(list(paths), limits=limits, progress=progress,
                                      select=selected, ignore=ignored)
        except DossierConfigError as error:  # the user's file, not our bug: no --debug hint
            raise UsageError(" ".join(str(error).split())) from None


def _binary_report(result, output_format: OutputFormat) -> bytes:
    from panelproof.report import render_binary
    from panelproof.report.pdf_export import PdfExportUnavailable

    try:
        return render_binary(result, output_format.value)
    except PdfExportUnavailable as error:  # a missing system library: one line, exit 2
        raise UsageError(" ".join(str(error).split())) from None


def _check(paths, output_format, output, fail_on, select, ignore, limits,
           matrix_image: Path | None = None) -> int:
    from panelproof.report import render
    from panelproof.rules.model import Severity

    # Refuse before the (slow) pipeline runs: bytes cannot go to a terminal or a text pipe.
    if output_format in BINARY_FORMATS and output is None:
        raise UsageError(f"--format {output_format.value} writes a binary file: "
                         f"give --output FILE (e.g. --output report.{output_format.value})")
    result = _run_pipeline(paths, limits, select, ignore)

    if output_format in BINARY_FORMATS:
        _write_bytes(_binary_report(result, output_format), output)
    elif output_format is OutputFormat.TEXT and output is None and _is_terminal(sys.stdout):
        from panelproof.report import text
        from rich.console import Console
        _write(text.render(result, color=True, width=Console().width), output)
    else:
        _write(render(result, output_format.value), output)
    if matrix_image is not None:
        from panelproof.report.matrix_image import matrix_png
        from panelproof.report.readiness import assess
        _write_bytes(matrix_png(assess(result).matrix), matrix_image)

    if not result.dossier.documents:
        _error("no document found in " + ", ".join(str(p) for p in paths))
        return EXIT_USAGE
    if not result.dossier.readable:
        _error("not one document of the dossier could be read")
        return EXIT_USAGE
    threshold = None if fail_on is FailOn.NEVER else Severity(fail_on.value)
    return EXIT_FINDINGS if result.fails(threshold) else EXIT_OK


# --- challenge ---------------------------------------------------------------------------------

@app.command()
def challenge(
    paths: list[Path] = typer.Argument(..., metavar="DOSSIER...",
                                       help="Dossier folder(s) and/or document files, with the CEAR."),
    output_format: ChallengeFormat = typer.Option(ChallengeFormat.TEXT, "--format", "-f",
                                                  case_sensitive=False, help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write the list to FILE instead of stdout."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """List the CEAR statements the manufacturer's documents contradict or do not support.

    Exit 0 when there is nothing to question, 1 when there is, 2 on a usage error.
    """
    from panelproof.report.challenge import (challenge_list, render_challenge_json,
                                             render_challenge_markdown, render_challenge_text)

    with _user_errors(debug):
        result = _run_pipeline(paths)
        if not result.dossier.documents:
            raise UsageError("no document found in " + ", ".join(str(p) for p in paths))
        if not result.dossier.readable:
            raise UsageError("not one document of the dossier could be read")
        items = challenge_list(result)
        renderer = {ChallengeFormat.TEXT: render_challenge_text,
                    ChallengeFormat.JSON: render_challenge_json,
                    ChallengeFormat.MD: render_challenge_markdown}[output_format]
        _write(renderer(result, items), output)
    raise typer.Exit(EXIT_FINDINGS if items else EXIT_OK)


# --- scope -------------------------------------------------------------------------------------

_CLASS_CHOICES = ("I", "IIa", "IIb", "III")
# The flag that sets each profile field, for error messages.
_FLAGS = {"class": "--class", "implantable": "--implantable/--not-implantable",
          "active": "--active/--not-active",
          "administers_or_removes_medicinal_product":
              "--medicinal-product/--no-medicinal-product",
          "application": "--application",
          "modification_of_own_marketed_device": "--modification/--no-modification",
          "common_specification_compliant":
              "--common-specification/--no-common-specification"}
_QUESTIONS = {
    "implantable": "Is the device implantable (MDR Art. 2(5))?",
    "active": "Is the device active (depends on an energy source other than the body or "
              "gravity, Art. 2(4))?",
    "administers_or_removes_medicinal_product":
        "Is it intended to administer and/or remove a medicinal product (Annex VIII Rule 12)?",
    "modification_of_own_marketed_device":
        "Is it a modification of a device you already market for the same intended purpose, "
        "and does the notified body accept that the benefit-risk ratio is not adversely "
        "affected (Art. 54(2)(b))?",
    "common_specification_compliant":
        "Does a common specification address the clinical evaluation of this device type, "
        "with the notified body confirming compliance (Art. 54(2)(c))?",
}


def next_needed_field(data: dict) -> str | None:
    """The next profile field the Art. 54 decision depends on that `data` does not give.

    Fields that cannot change the outcome are never needed: a class IIa device needs nothing
    else, a non-implantable class III device no application type.
    """
    klass = data.get("class")
    if klass is None:
        return "class"
    if klass == "III":
        if data.get("implantable") is None:
            return "implantable"
        if data["implantable"] is False:
            return None
    elif klass == "IIb":
        for trait in ("active", "administers_or_removes_medicinal_product"):
            if data.get(trait) is None:
                return trait
            if data[trait] is False:
                return None
    else:
        return None
    if data.get("application") is None:
        return "application"
    if data["application"] == "renewal-mdr":
        return None
    if data.get("modification_of_own_marketed_device") is None:
        return "modification_of_own_marketed_device"
    if data["modification_of_own_marketed_device"]:
        return None
    if data.get("common_specification_compliant") is None:
        return "common_specification_compliant"
    return None


def _ask(field: str):
    """Ask one question until the answer is valid (an invalid answer is explained, not fatal).

    Questions go to standard error, so `--format json > decision.json` stays valid JSON.
    """
    from panelproof.scope.profile import ProfileError, normalize_class, profile_from_mapping

    if field not in ("class", "application"):
        return typer.confirm(_QUESTIONS[field], default=None, err=True)
    while True:
        if field == "class":
            answer = typer.prompt("Device class (I, IIa, IIb, III)", err=True)
        else:
            answer = typer.prompt(
                "Application: initial, renewal-mdr (renewal of an MDR certificate) or "
                "renewal-directive (device certified under the Directives)",
                default=Application.INITIAL.value, err=True)
        try:
            if field == "class":
                return normalize_class(answer)
            return profile_from_mapping({"application": answer}, require_all=False).application
        except ProfileError as error:
            typer.echo(f"Error: {error}", err=True)


def _ask_missing(data: dict) -> dict:
    data = dict(data)
    while (field := next_needed_field(data)) is not None:
        data[field] = _ask(field)
    return data


def _complete_partial(data: dict) -> dict:
    """Flags alone: fields the decision does not need may be left out; a needed one may not."""
    field = next_needed_field(data)
    if field is not None:
        raise UsageError(f"profile field '{field}' is missing: give {_FLAGS[field]}, a profile "
                         "file, or run on a terminal to be asked")
    return data


def scope_text(decision, profile) -> str:
    from panelproof.scope import PROCEDURE

    answer = {True: "Yes: the clinical evaluation consultation procedure (CECP) applies.",
              False: "No: the clinical evaluation consultation procedure (CECP) does not apply.",
              None: "Cannot be decided: the profile does not say enough."}[decision.cecp_required]
    lines = []
    if profile.name:
        lines.append(f"Device: {profile.name}")
    lines += [answer, f"Basis: {decision.basis}"]
    if decision.exemption:
        lines.append(f"Exemption: {decision.exemption}")
    lines += ["", fill(decision.explanation, 88), ""]
    if decision.cecp_required:
        lines += ["What follows (Annex IX 5.1):", fill(PROCEDURE, 88)]
    elif decision.exemption:
        lines += [fill("What follows: the notified body assesses the clinical evaluation itself, "
                       "without the expert panel, and still notifies the competent authorities "
                       "through Eudamed whether the procedure was applied (Art. 54(3)).", 88)]
    elif decision.cecp_required is False:
        lines += [fill("What follows: the notified body assesses the clinical evaluation in its "
                       "usual conformity assessment; no expert panel is consulted.", 88)]
    return "\n".join(lines).rstrip() + "\n"


@app.command()
def scope(
    profile_file: Optional[Path] = typer.Argument(None, metavar="[PROFILE.yaml]",
                                                  help="Device profile YAML."),
    device_class: Optional[str] = typer.Option(None, "--class", help="I, IIa, IIb or III."),
    implantable: Optional[bool] = typer.Option(None, "--implantable/--not-implantable"),
    active: Optional[bool] = typer.Option(None, "--active/--not-active"),
    medicinal_product: Optional[bool] = typer.Option(
        None, "--medicinal-product/--no-medicinal-product",
        help="Administers and/or removes a medicinal product (Annex VIII Rule 12)."),
    application: Optional[Application] = typer.Option(None, "--application",
                                                      case_sensitive=False),
    modification: Optional[bool] = typer.Option(
        None, "--modification/--no-modification",
        help="Modification of a device already marketed by the same manufacturer (54(2)(b))."),
    common_specification: Optional[bool] = typer.Option(
        None, "--common-specification/--no-common-specification",
        help="A common specification covers the clinical evaluation (54(2)(c))."),
    name: Optional[str] = typer.Option(None, "--name", help="Device name (for the report)."),
    output_format: ScopeFormat = typer.Option(ScopeFormat.TEXT, "--format", "-f",
                                              case_sensitive=False),
    interactive: bool = typer.Option(False, "--interactive", "-i",
                                     help="Ask for every field the decision still needs."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """Does the clinical evaluation consultation procedure (MDR Art. 54) apply to a device?"""
    from panelproof.scope import decide
    from panelproof.scope.profile import (ProfileError, normalize_class, profile_from_mapping,
                                          read_profile_mapping)

    with _user_errors(debug):
        flags = {"name": name, "class": device_class, "implantable": implantable,
                 "active": active, "administers_or_removes_medicinal_product": medicinal_product,
                 "application": application.value if application else None,
                 "modification_of_own_marketed_device": modification,
                 "common_specification_compliant": common_specification}
        given = {k: v for k, v in flags.items() if v is not None}
        try:
            if "class" in given:
                given["class"] = normalize_class(given["class"])
            if profile_file is not None:
                data = {**read_profile_mapping(profile_file), **given}
                if interactive:
                    data = _ask_missing(data)
                profile = profile_from_mapping(data)
            else:
                if interactive or (not given and _stdin_is_terminal()):
                    data = _ask_missing(given)
                elif given:
                    data = _complete_partial(given)
                else:
                    raise UsageError("give a profile file (panelproof scope PROFILE.yaml), "
                                     "flags such as --class, or run on a terminal to be asked")
                profile = profile_from_mapping(data, require_all=False)
        except ProfileError as error:
            raise UsageError(str(error)) from None
        decision = decide(profile)
        if output_format is ScopeFormat.JSON:
            _write(json.dumps(decision.as_dict(), indent=2, ensure_ascii=False) + "\n", None)
        else:
            _write(scope_text(decision, profile), None)


# --- rules -------------------------------------------------------------------------------------

@app.command()
def rules(
    code: Optional[str] = typer.Argument(None, help="Show this rule's documentation."),
    docs: Optional[Path] = typer.Option(None, "--docs",
                                        help="Write <CODE>.md for every rule into this folder."),
    output_format: ScopeFormat = typer.Option(ScopeFormat.TEXT, "--format", "-f",
                                              case_sensitive=False),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    """List the rule registry, show one rule, or write docs/rules/ from the docstrings."""
    from panelproof.report.rules_doc import rule_markdown, rule_metadata, write_docs
    from panelproof.rules.registry import all_rules

    with _user_errors(debug):
        registry = all_rules()
        if docs is not None:
            written = write_docs(registry, docs)
            typer.echo(f"wrote {len(written)} file(s) to {docs}", err=True)
            return
        if code:
            matches = [r for r in registry if r.code.upper() == code.strip().upper()]
            if not matches:
                raise UsageError(f"unknown rule code {code!r} (see `panelproof rules`)")
            if output_format is ScopeFormat.JSON:
                from panelproof.report.rules_doc import docstring
                data = {**rule_metadata(matches[0]), "doc": docstring(matches[0])}
                _write(json.dumps(data, indent=2, ensure_ascii=False) + "\n", None)
            else:
                _write(rule_markdown(matches[0]), None)
            return
        if output_format is ScopeFormat.JSON:
            _write(json.dumps([rule_metadata(r) for r in registry], indent=2,
                              ensure_ascii=False) + "\n", None)
            return
        _write(_rules_table(registry), None)


def _rules_table(registry) -> str:
    if not registry:
        return "No rules are registered.\n"
    rows = [(r.code, r.category.value, r.severity.value, r.title) for r in registry]
    widths = [max(len(row[i]) for row in rows + [("CODE", "CATEGORY", "SEVERITY", "")])
              for i in range(3)]
    header = f"{'CODE':<{widths[0]}}  {'CATEGORY':<{widths[1]}}  {'SEVERITY':<{widths[2]}}  TITLE"
    lines = [header] + [f"{c:<{widths[0]}}  {cat:<{widths[1]}}  {sev:<{widths[2]}}  {title}"
                        for c, cat, sev, title in rows]
    return "\n".join(lines) + "\n"


def run() -> None:
    """The console script: run the app, then leave without tearing the heap down.

    Compiled patterns come from and go to `regex_cache` (the vocabularies' regular
    expressions, compiled once per Python version and vocabulary). After a large dossier, freeing millions of objects one by one at interpreter exit takes a
    noticeable fraction of a second that a CI job waits for; the report is written and the
    streams flushed by then, so the process ends at once with the app's exit code.
    """
    from panelproof import regex_cache

    regex_cache.enable()  # the vocabularies' compiled patterns from the last run
    try:
        app()
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    regex_cache.save()
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


if __name__ == "__main__":  # python -m panelproof.cli
    run()
