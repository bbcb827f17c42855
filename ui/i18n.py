"""Install Qt's own and Branch Desk's translators for the chosen language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> None:
    """One language for the whole interface: Qt's strings, ours, and the domain's messages (models.i18n)."""
    from models.i18n import set_language

    set_language(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resources.path("i18n", f"branchdesk_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
