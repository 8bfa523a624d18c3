"""One window per data folder (issue 10).

The window holds the data folder's lock (store/folder_lock.py) for its life and listens on a local
socket named after the folder. A second launch on the same folder finds the lock held by a window,
asks that window to come to the front over the socket, and exits without opening the store.

Windows: the socket is a named pipe, gone with its process, so removeServer() has nothing to do
there; on Unix it is a file in the temp folder that a crashed window leaves behind.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
DONE = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The same name for every spelling of one folder (a hash: socket names have length limits)."""
    path = os.path.normcase(str(Path(data_dir).resolve()))
    return "heemang-desktop-" + hashlib.sha256(path.encode()).hexdigest()[:20]


class InstanceServer(QObject):
    """The first window's end: each "raise" a later launch sends becomes `raise_requested`."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Call only while holding the folder lock: a name left by a crashed window is ours to remove
        (on Unix a dead window's socket file would otherwise make listen() fail)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            self.raise_requested.emit()
            socket.write(DONE)
            socket.flush()
        socket.disconnectFromServer()


def ask_first_window(data_dir: Path, timeout_ms: int = 3000) -> bool:
    """Ask the window holding `data_dir` to come to the front; True once it has answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        while not socket.canReadLine():
            if not socket.waitForReadyRead(timeout_ms):
                return False
        return bytes(socket.readLine().data()) == DONE
    finally:
        socket.abort()
