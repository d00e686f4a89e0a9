import pytest
from PySide6.QtCore import QCoreApplication
from rejection_desktop.ui.i18n import install_translators
import test_mnemonics as tm

@pytest.fixture(autouse=True)
def spanish():
    ts = install_translators("es")
    yield
    for t in ts:
        QCoreApplication.removeTranslator(t)

def test_es_mnemonics(assembled, services):
    tm.test_every_page_and_dialog_has_unique_mnemonics(assembled, services)
assembled = tm.assembled
