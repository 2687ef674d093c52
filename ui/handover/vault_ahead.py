"""An imported group's new vault staged on a thread of its own while the host is still choosing.

Staging the verified copy in memory and building its search index cost about half of the
write after the click (issue 18). Neither depends on what the host chooses next (the label,
the passphrase, keeping the group apart): the import wizard starts them as soon as the copy is
verified (`start`, at the preview), and the write after the click takes them (`take`) instead
of doing them itself. Anything else (the copy changed, a merge chosen instead, Cancel, a lock)
drops them: the build is interrupted and its rows freed before anything goes on.

    self.vault_ahead = VaultAhead(self)
    self.vault_ahead.start(service, copy)                  # the copy just verified
    staged = self.vault_ahead.take(copy)                   # at the click
    operation.run(lambda: service.import_group(..., staged=staged()))
    self.vault_ahead.drop()                                # anything else
"""

from __future__ import annotations

from collections.abc import Callable

from app.handover import HandoverService, StagedVault, VerifiedCopy
from ui.common.ahead import Ahead

TakenVault = Callable[[], StagedVault | None]


class VaultAhead(Ahead[StagedVault]):
    def start(self, service: HandoverService, copy: VerifiedCopy) -> None:
        """Stage `copy`'s vault, unless that is under way already; any other is dropped. A build
        dropped is interrupted and waited for, and its rows freed, before anything goes on."""
        if self._pending_for(copy):
            return
        staged = service.stage(copy)
        self._begin(copy, staged.build, interrupt=staged.stop, discard=staged.close)

    def take(self, copy: VerifiedCopy) -> TakenVault:
        """For the write of `copy`: the staged vault, waited for on the write's worker (then
        the write's to close), or None (the write then stages it itself)."""
        return self._take(copy)
