"""The handover file written and verified on a thread of its own while the host chooses where
it goes.

Scoping the group, writing it under the handover key, sealing and verifying it need everything
but the destination: the export wizard starts them as soon as the host reaches the destination
page (`start`, with the key derived there too), and the write after the click only copies the
file to the destination and compares it (`take`). Anything else (another scope or passphrase
chosen, Cancel, a lock) drops the file: never used, removed.

    self.bundle_ahead = BundleAhead(self)
    self.bundle_ahead.start(service, group, choice, key_ahead.take(passphrase))
    prepared = self.bundle_ahead.take(choice)               # at the click
    operation.run(lambda: service.export(..., prepared=prepared()))
"""

from __future__ import annotations

from collections.abc import Callable

from app.group import OpenGroup
from app.handover import ExportChoice, HandoverService, PreparedExport
from app.new_keys import KeyLater
from ui.common.ahead import Ahead

TakenBundle = Callable[[], PreparedExport | None]


class BundleAhead(Ahead[PreparedExport]):
    """Its owner stops it before a lock (the export wizard's finish_work_before_lock): a write
    under way ends before the connection closes, and its file is removed."""

    def pending_for(self, choice: ExportChoice) -> bool:
        return self._pending_for(choice)

    def start(
        self,
        service: HandoverService,
        group: OpenGroup,
        choice: ExportChoice,
        key: KeyLater,
    ) -> None:
        """Write the file for `choice`, unless that is under way already; any other is dropped.
        `key`: the key being derived for its passphrase, waited for on this thread."""
        if self._pending_for(choice):
            return
        ahead = service.export_ahead(group, choice, key)
        self._begin(choice, ahead.build, interrupt=ahead.stop, discard=ahead.close)

    def take(self, choice: ExportChoice) -> TakenBundle:
        """For the write of `choice`: the file written ahead, waited for on the write's worker,
        or None (the write then does everything itself, once no file for another choice is
        still being written through the group's connection)."""
        if self._pending_for(choice):
            return self._take(choice)
        self.drop()

        def after_any_other() -> None:
            self._pool.waitForDone()

        return after_any_other
