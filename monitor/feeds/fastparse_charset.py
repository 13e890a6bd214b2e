"""The fast path's charset decision: feedparser's first choice (feedparser/encodings.py), or a
fallback. Internal to :mod:`monitor.feeds.fastparse`."""

from __future__ import annotations

import codecs
import re

from monitor.feeds.fastparse_walk import RE_XML_PI_ENCODING, Fallback, parse_content_type

# -- charset: feedparser's decision (feedparser/encodings.py::convert_to_utf8), first choice only

_NOT_UTF8_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00")
_MARKERS = (b"\x4c\x6f\xa7\x94", b"\x00\x3c\x00\x3f", b"\x3c\x00\x3f\x00", b"\x00\x00\x00\x3c", b"\x3c\x00\x00\x00")
_APPLICATION_XML = ("application/xml", "application/xml-dtd", "application/xml-external-parsed-entity")
_TEXT_XML = ("text/xml", "text/xml-external-parsed-entity")
# ASCII-compatible codecs this path decodes (by codecs.lookup name); feedparser decodes the same
# way, so the text is the same, but anything rarer is left to feedparser.
_CODECS = {"utf-8", "ascii", "iso8859-1", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "euc_jp", "euc_kr",
           "shift_jis", "cp932", "cp949", "koi8-r", "koi8-u", "mac-cyrillic", "cp866"}
_CODECS |= {f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)}
_CODECS |= {f"cp{n}" for n in range(1250, 1259)}
_DECLARATION = re.compile(rb"<\?xml\s+version\s*=\s*([\"'])1\.0\1"
                          rb"(?:\s+encoding\s*=\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\2)?"
                          rb"(?:\s+standalone\s*=\s*([\"'])(?:yes|no)\4)?\s*\?>")
_FIRST_ELEMENT = re.compile(rb"<\w")


def _codec(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise Fallback(f"charset: unknown encoding {name!r}") from None
    if codec not in _CODECS:
        raise Fallback(f"charset: {codec} is left to feedparser")
    return codec


def _decode(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """The UTF-8 bytes lxml parses (feedparser's text) and the warning feedparser records."""
    data = body
    if data[:2] in _NOT_UTF8_BOMS or data[:4] in _MARKERS:
        raise Fallback("charset: UTF-16/32 or EBCDIC")
    bom = data[:3] == codecs.BOM_UTF8
    if bom:
        data = data[3:]
    declared = b""
    if data.startswith(b"<?xml"):
        decl = _DECLARATION.match(data)
        if decl is None:
            raise Fallback("XML declaration other than version 1.0")
        declared = decl.group(3) or b""
    match = RE_XML_PI_ENCODING.match(data)
    xml_encoding = match.group(1).decode("utf-8", "replace").lower() if match else ""
    if xml_encoding != declared.decode("ascii").lower():
        raise Fallback("charset: the declared encoding is read differently")
    if bom and xml_encoding in ("utf-16", "utf16", "u16", "utf_16", "utf-32", "utf32", "u32", "utf_32",
                                "iso-10646-ucs-2", "iso-10646-ucs-4", "csucs4", "csunicode", "ucs-2", "ucs-4"):
        raise Fallback("charset: UTF-8 BOM on a document declared as UTF-16/32")
    mime, http_encoding = parse_content_type(content_type or "")
    warning = None
    if mime in _APPLICATION_XML or (mime.startswith("application/") and mime.endswith("+xml")):
        encoding = http_encoding or xml_encoding or "utf-8"
    elif mime in _TEXT_XML or (mime.startswith("text/") and mime.endswith("+xml")):
        encoding = http_encoding or "us-ascii"
    elif mime.startswith("text/"):
        encoding = http_encoding or "us-ascii"
    else:
        encoding = xml_encoding or "utf-8"
    if content_type and not (mime in _APPLICATION_XML or mime in _TEXT_XML
                             or (mime.startswith(("application/", "text/")) and mime.endswith("+xml"))):
        warning = f"NonXMLContentType: {content_type} is not an XML media type"
    if encoding.lower() == "gb2312":
        encoding = "gb18030"
    if xml_encoding == "gb2312":
        xml_encoding = "gb18030"
    codec = _codec(encoding)
    if http_encoding and xml_encoding and _codec(xml_encoding) != codec:
        if not (codec == "ascii" and data.isascii()):
            raise Fallback("charset: the HTTP charset and the XML declaration disagree")
    if codec == "utf-8" or data.isascii():
        # feedparser decodes and encodes again, and puts a declaration of its own in front;
        # for UTF-8 (or ASCII) bytes lxml is handed them as they are, with the same encoding.
        # Bytes that are not UTF-8 fail in libxml2 as they fail in Python's decoder (overlong
        # forms, surrogates, beyond U+10FFFF, stray or missing continuation bytes: tested in
        # text, attributes, comments, CDATA and names), and then feedparser decides.
        return data, warning
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise Fallback(f"charset: not valid {codec}") from None
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2:]
    return text.encode("utf-8"), warning
