"""The site folder: where a build may write, and replacing it only once a build has succeeded.

A build writes into a fresh folder beside the target (`.site.new-<pid>-xxxx` for `site/`),
and `StagedSite.publish()` swaps it in: rename the old site away, rename the new one in, then
delete the old one. Until that moment the old site is untouched, so a failed, aborted or killed
build leaves it whole. The next build removes folders that killed builds left, and puts back a
site whose build was killed between the two renames (the one moment `site/` is missing).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from precedent_bank.errors import PrecedentError

_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<kind>new|old)-(?P<pid>\d+)-\w+")
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
}
_BUILT = ("index.html", "404.html", "sitemap.xml")
"""Files that tell a site folder (also one left half-built by an older version) from others."""
_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(PrecedentError):
    """The site cannot be written where it was asked to go."""


def check_site_dir(site_dir: Path, *, project_dir: Path, protected: list[Path]) -> None:
    """Refuse a site folder whose clean-up or replacement would delete sources.

    Args:
        site_dir: Where the site is to be written.
        project_dir: The folder holding mkdocs.yml: the site may be inside it, never it or above.
        protected: Folders the site may not be, contain or be inside (the bank, docs/).

    Raises:
        OutputError: When `site_dir` is one of those, or a non-empty folder that is not a site.
    """
    site = site_dir.resolve()
    project = project_dir.resolve()
    if site == project or project.is_relative_to(site):
        raise OutputError(_refusal(site_dir, "the project folder", project_dir))
    for folder in protected:
        source = folder.resolve()
        if site == source or source.is_relative_to(site) or site.is_relative_to(source):
            raise OutputError(_refusal(site_dir, "source folder", folder))
    if site.is_dir() and any(site.iterdir()) and not any((site / n).is_file() for n in _BUILT):
        raise OutputError(
            f"site folder {site_dir} holds files but no index.html: it does not look like a "
            "site built before, and building would delete it; choose an empty or new folder"
        )


def _refusal(site_dir: Path, what: str, folder: Path) -> str:
    return (
        f"site folder {site_dir} would overlap {what} {folder}: building there would delete it;"
        " choose a folder of its own, such as site/"
    )


@dataclass(frozen=True)
class StagedSite:
    """A build's own output folder, beside the site folder it will replace."""

    target: Path
    """The site folder readers see."""
    temp: Path
    """Where this build writes."""

    @classmethod
    def begin(cls, target: Path) -> StagedSite:
        """Make the build's own folder beside `target`, after clearing those of killed builds.

        Raises:
            OutputError: When the folder beside `target` cannot be written.
        """
        target = target.absolute()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _remove_leftovers(target)
            temp = tempfile.mkdtemp(prefix=f".{target.name}.new-{os.getpid()}-", dir=target.parent)
        except OSError as error:
            raise OutputError(describe_os_error(error, target)) from error
        return cls(target, Path(temp))

    def publish(self) -> None:
        """Replace the site folder by this build's folder (the old one is deleted after).

        Raises:
            OutputError: When a rename fails; the old site is then put back if it was moved.
        """
        # mkdtemp made the folder owner-only; a site must be readable by the web server.
        old = self.target.with_name(self.temp.name.replace(".new-", ".old-", 1))
        try:
            self.temp.chmod(0o777 & ~_UMASK)
            if self.target.exists():
                self.target.rename(old)
            self.temp.rename(self.target)
        except OSError as error:
            if old.exists() and not self.target.exists():
                old.rename(self.target)
            self.discard()
            raise OutputError(describe_os_error(error, self.target)) from error
        shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        """Delete this build's folder (the site folder is left as it was)."""
        shutil.rmtree(self.temp, ignore_errors=True)


def stop_cleanly_on_sigterm() -> Callable[[], None]:
    """Make SIGTERM end the process as Ctrl-C does, so that a stopped build deletes its folder.

    SIGTERM's default action ends the process at once, skipping every `finally`, and leaves the
    build's `.site.new-*` folder until the next build; `kill`, systemd and CI runners send it.
    Raising SystemExit instead unwinds the build like any other stop. Python only lets the main
    thread set a handler; elsewhere the default stays.

    Returns:
        What puts the previous handler back (for a build run inside another program).
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)

    def restore() -> None:
        signal.signal(signal.SIGTERM, previous)

    return restore


def _exit_on_signal(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # the status a shell reports for a process the signal ended


def describe_os_error(error: OSError, target: Path) -> str:
    """One line saying why the site could not be written, for a reader, not a programmer."""
    reason = _OS_REASONS.get(error.errno or 0, error.strerror or str(error))
    where = error.filename or target
    return f"cannot write the site to {target}: {reason} ({where}); the previous site is unchanged"


def _remove_leftovers(target: Path) -> None:
    """Delete the folders of builds beside `target` whose process no longer runs."""
    for path in target.parent.iterdir():
        found = _LEFTOVER.fullmatch(path.name)
        if not found or found["name"] != target.name or _running(int(found["pid"])):
            continue
        if found["kind"] == "old" and not target.exists():  # killed between the two renames
            path.rename(target)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
