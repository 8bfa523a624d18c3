"""`heemang-desktop cms ...`."""


def register(sub) -> None:
    pass
