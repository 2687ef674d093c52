"""Undoable roster edits. Erasure is deliberately not one of them: it is final."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.errors import StorageError
from app.model import Member
from app.roster import RosterService
from ui.common.undo import TranslatedCommand

Refresh = Callable[[str | None], None]  # member id to show again, None when it is gone
Report = Callable[[BaseException], None]


class _RosterCommand(TranslatedCommand):
    """A step written through the roster, after which `refresh` shows the member again. Its
    write can fail (full disk): the failure is reported, not raised into Qt, and the step leaves
    the stack, since the vault is as it was before it."""

    report: Report | None = None
    error: BaseException | None = None

    def __init__(self, roster: RosterService, refresh: Refresh, text: Callable[[], str]) -> None:
        super().__init__(text)
        self._roster = roster
        self._refresh = refresh

    def _attempt(self, write: Callable[[], None]) -> None:
        try:
            write()
        except (StorageError, OSError) as exc:
            self.error = exc
            self.setObsolete(True)
            if self.report is not None:
                self.report(exc)

    def redo(self) -> None:
        self._attempt(self._redo)

    def undo(self) -> None:
        self._attempt(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddMemberCommand(_RosterCommand):
    def __init__(self, roster: RosterService, member: Member, refresh: Refresh) -> None:
        super().__init__(
            roster, refresh, lambda: QCoreApplication.translate("Roster", "Add a member")
        )
        self._member = member
        self._stored: Member | None = None

    def _redo(self) -> None:
        if self._stored is None:
            self._stored = self._roster.add_member(self._member)
        else:
            self._stored = self._roster.restore_member(self._stored)
        self._refresh(self._stored.id)

    def _undo(self) -> None:
        assert self._stored is not None
        self._roster.remove_added_member(self._stored.id)
        self._refresh(None)

    @property
    def member_id(self) -> str:
        return self._stored.id if self._stored else self._member.id


class EditMemberCommand(_RosterCommand):
    def __init__(
        self,
        roster: RosterService,
        before: Member,
        after: Member,
        refresh: Refresh,
        text: Callable[[], str] = lambda: QCoreApplication.translate("Roster", "Edit a member"),
    ) -> None:
        super().__init__(roster, refresh, text)
        self._before = before
        self._after = after

    def _redo(self) -> None:
        self._roster.update_member(self._after)
        self._refresh(self._after.id)

    def _undo(self) -> None:
        self._roster.update_member(self._before)
        self._refresh(self._before.id)

    @property
    def member_id(self) -> str:
        return self._after.id
