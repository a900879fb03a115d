"""Text made safe for the XML inside Word and Excel files."""

from __future__ import annotations

import re

# Characters XML 1.0 does not allow (C0 controls other than tab, newline and return,
# lone surrogates and the two non-characters); python-docx and openpyxl refuse them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: object) -> str:
    """``text`` as a string with every XML-illegal character removed."""
    if text is None:
        return ""
    return _XML_ILLEGAL.sub("", str(text))
