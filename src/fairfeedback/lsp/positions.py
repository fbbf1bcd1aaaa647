"""Character offsets (Python ``str`` indexes, as findings count them) to and from
protocol positions: a line and a column counted in the negotiated encoding's code
units (UTF-16 unless the client asked for UTF-8 or UTF-32)."""

from __future__ import annotations

import re
from bisect import bisect_right

from lsprotocol import types

__all__ = ["LineIndex"]

#: the line terminators the protocol knows
_EOL = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class LineIndex:
    """Line starts of one text, for converting offsets and positions both ways."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in _EOL.finditer(text)]

    def _line_end(self, line: int) -> int:
        """Offset just past the line's content (before its terminator)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            m = _EOL.search(self.text, self.starts[line], end)
            return m.start() if m else end
        return len(self.text)

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        # an offset between \r and \n belongs to the line's end
        offset = min(offset, self._line_end(line))
        return types.Position(line=line, character=_units(self.text[self.starts[line]:offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The offset of a position; past the end of a line means the line's end."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self._line_end(position.line)
        if self.encoding == types.PositionEncodingKind.Utf32:
            return min(start + position.character, end)
        units = 0
        for i in range(start, end):
            if units >= position.character:
                return i
            units += _units(self.text[i], self.encoding)
        return end
