"""PDF documents (fpdf2) with the fonts shipped in the package, so exports carry any Unicode text and
look the same on every machine. The DejaVu fonts are free (see pdf_fonts/LICENSE)."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONTS = Path(__file__).with_name("pdf_fonts")


class Document(FPDF):
    """An A4/Letter portrait document with a title line and page numbers in the footer."""

    def __init__(self, title: str, *, subtitle: str = "", page_format: str = "Letter") -> None:
        super().__init__(orientation="portrait", unit="mm", format=page_format)
        self.doc_title = title
        self.subtitle = subtitle
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVuMono", "", str(FONTS / "DejaVuSansMono.ttf"))
        self.set_title(title)
        self.set_creator("supervision")
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 16, 18)
        self.alias_nb_pages()
        self.add_page()

    def header(self) -> None:
        self.set_font("DejaVu", "B", 14)
        self.cell(0, 8, self.doc_title, new_x="LMARGIN", new_y="NEXT")
        if self.subtitle:
            self.set_font("DejaVu", "", 9)
            self.set_text_color(90, 100, 120)
            self.cell(0, 5, self.subtitle, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 100, 120)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, size: int = 11) -> None:
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 10)

    def paragraph(self, text: str, size: int = 10, *, muted: bool = False) -> None:
        self.set_font("DejaVu", "", size)
        if muted:
            self.set_text_color(90, 100, 120)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def to_bytes(self) -> bytes:
        return bytes(self.output())
