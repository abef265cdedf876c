"""``claimx`` and ``python -m claimx``: the command line with one exit path.

Whatever moment Ctrl-C comes at (importing, parsing options, loading the model, extracting,
writing), the process ends with 130 and ``claimx: interrupted``, never by the signal itself nor
with click's "Aborted!"; once the exit code is known SIGINT is ignored, so a late Ctrl-C cannot
turn the exit into a traceback. Usage errors from option parsing are one line,
``claimx: error: ...``, like claimx's own.
"""

from __future__ import annotations

# The interpreter's own signal module, already loaded: importing it takes no time.
import _signal  # type: ignore[import-not-found]
import os
import sys

EXIT_USAGE, EXIT_INTERRUPTED = 2, 130


def main(argv: list[str] | None = None) -> None:
    try:
        try:
            code = _run(argv)
        finally:
            # From here on nothing interrupts the exit (one Ctrl-C too late would otherwise
            # raise in the middle of it and end the process by the signal).
            _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    if code == EXIT_INTERRUPTED:  # here, or a command's own handling, or Typer's Exit(130)
        _say("claimx: interrupted")
        # Interrupted: the output file was already removed as the stack unwound; leave at once
        # rather than wait on library threads or exit hooks caught half-way.
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError, AttributeError):
                pass
        os._exit(code)
    sys.exit(code)


def _run(argv: list[str] | None) -> int:
    from claimx.cli import app

    try:
        result = app(args=argv, prog_name="claimx", standalone_mode=False)
    except Exception as e:
        # click's exceptions by name: Typer 0.26+ carries its own copy of click
        kinds = {cls.__name__ for cls in type(e).__mro__}
        if "Abort" in kinds:  # click turns a KeyboardInterrupt into Abort
            raise KeyboardInterrupt from None
        if "NoArgsIsHelpError" in kinds:
            e.show()  # type: ignore[attr-defined]  # `claimx` alone: the help, as before
            return EXIT_USAGE
        if "ClickException" not in kinds:
            raise
        message = " ".join(e.format_message().split())  # type: ignore[attr-defined]
        ctx = getattr(e, "ctx", None)
        where = f" (see '{ctx.command_path} --help')" if "UsageError" in kinds and ctx else ""
        _say(f"claimx: error: {message}{where}")
        return int(e.exit_code)  # type: ignore[attr-defined]
    return result if isinstance(result, int) else 0


def _say(line: str) -> None:
    from claimx.runner import say  # here, not at the top: nothing before main()'s try

    say(line)


if __name__ == "__main__":
    main()
