from heemang_desktop.features import Feature

FEATURE = Feature()
