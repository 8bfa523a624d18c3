"""The left navigation tree: the notice's menus that the user's role may open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from heemang_desktop.users import service as roles

PAGE_ROLE = Qt.ItemDataRole.UserRole


class NavigationTree(QTreeWidget):
    page_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("메뉴"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(210)
        self.itemActivated.connect(self._activated)
        self.currentItemChanged.connect(lambda cur, _prev: self._activated(cur))

    def set_role(self, role_id: str) -> None:
        self.clear()
        for menu in roles.menus_for(role_id):
            top = QTreeWidgetItem([QCoreApplication.translate("menu", menu.label)])
            top.setData(0, PAGE_ROLE, menu.pages[0].id if menu.pages else None)
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, menu.label)
            for page in menu.pages:
                child = QTreeWidgetItem([QCoreApplication.translate("menu", page.label)])
                child.setData(0, PAGE_ROLE, page.id)
                top.addChild(child)
            self.addTopLevelItem(top)
        self.expandAll()

    def menu_labels(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def page_ids(self) -> list[str]:
        ids = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            ids += [top.child(j).data(0, PAGE_ROLE) for j in range(top.childCount())]
        return ids

    def select_page(self, page_id: str) -> bool:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, PAGE_ROLE) == page_id:
                    self.setCurrentItem(top.child(j))
                    return True
        return False

    def _activated(self, item) -> None:
        if item is not None and item.data(0, PAGE_ROLE):
            self.page_chosen.emit(item.data(0, PAGE_ROLE))
