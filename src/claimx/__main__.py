"""``claimx`` and ``python -m claimx``: the command line with one exit path.

Whatever moment Ctrl-C comes at (importing, parsing options, loading the model, extracting,
writing), the process ends with 130 and ``claimx: interrupted``, never by the signal itself nor
with click's "Aborted!"; once the exit code is known SIGINT is ignored, so a late Ctrl-C cannot
turn the exit into a traceback. A KeyboardInterrupt that a C extension swallows is raised again
until the run has unwound (the output file removed), and whatever it turned into on its way up,
the exit code is 130. Usage errors from option parsing are one line, ``claimx: error: ...``,
like claimx's own.
"""

from __future__ import annotations

# The interpreter's own signal module, already loaded: importing it takes no time.
import _signal  # type: ignore[import-not-found]
import os
import sys

EXIT_USAGE, EXIT_INTERRUPTED = 2, 130
EXIT_SIGNALLED = (EXIT_INTERRUPTED, 129, 143)  # SIGINT, SIGHUP, SIGTERM: 128 + the number


# After Ctrl-C, the KeyboardInterrupt is raised again every RERAISE seconds until the run has
# unwound (C extensions can swallow one: spaCy's parser, a callback whose errors are ignored),
# and the process ends anyway after UNWIND_SECONDS.
RERAISE, UNWIND_SECONDS = 0.5, 10.0
_interrupted_at: list[float] = []


def main(argv: list[str] | None = None) -> None:
    sys.unraisablehook = _quiet_interrupt
    try:
        try:
            if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
                _signal.signal(_signal.SIGINT, _interrupt)  # not when SIGINT is ignored (nohup)
            from claimx.io.signals import interrupt_on_termination

            interrupt_on_termination()  # SIGTERM, SIGHUP: like Ctrl-C, no temporary file left
            code = _run(argv)
        finally:
            # From here on nothing interrupts the exit (one Ctrl-C too late would otherwise
            # raise in the middle of it and end the process by the signal).
            _signal.setitimer(_signal.ITIMER_REAL, 0)
            _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    except (KeyboardInterrupt, Exception) as e:
        # Python wraps an exception raised while a class is being made (a Ctrl-C during an
        # import: ``RuntimeError: Error calling __set_name__``); after Ctrl-C it is still Ctrl-C
        if not isinstance(e, KeyboardInterrupt) and not _interrupted_at:
            raise
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
        signum = getattr(e, "signum", None)  # SIGTERM, SIGHUP (claimx.io.signals): 128 + it
        code = 128 + signum if isinstance(signum, int) else EXIT_INTERRUPTED
    if _interrupted_at:  # whatever the interruption turned into on its way up, it was Ctrl-C
        code = EXIT_INTERRUPTED
    if code in EXIT_SIGNALLED:  # here, or a command's own handling, or Typer's Exit(130)
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


def _interrupt(signum: int, frame: object) -> None:
    """Python's own Ctrl-C (KeyboardInterrupt), raised again until the run has unwound."""
    import time

    if not _interrupted_at:
        _interrupted_at.append(time.monotonic())
        _signal.signal(_signal.SIGALRM, _still_running)
        _signal.setitimer(_signal.ITIMER_REAL, RERAISE, RERAISE)
    raise KeyboardInterrupt


def _quiet_interrupt(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that lands in a callback whose errors Python ignores (an import lock's weakref
    callback) is raised again by the timer; its "Exception ignored in" report is only noise."""
    if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)


def _still_running(signum: int, frame: object) -> None:
    import time

    if time.monotonic() - _interrupted_at[0] < UNWIND_SECONDS:
        raise KeyboardInterrupt
    os.write(2, b"claimx: interrupted\n")
    os._exit(EXIT_INTERRUPTED)


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
