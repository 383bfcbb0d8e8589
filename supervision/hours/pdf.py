"""The PDF hours log, drawn with fpdf2 from the log's content data (see `log.py`).

Pure rendering: data in, bytes out, no database. The content fingerprint (SHA-256 of the canonical JSON of the
data) is printed on every page, on the last page with how to check it, and in the document's metadata
(`Subject`), where the fingerprint page of the app finds it in an uploaded file.
"""
from __future__ import annotations

import logging
import unicodedata
from datetime import date, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

# The fonts shipped with the package first (same output on every machine), the system copy as a fallback.
FONT_DIRS = (Path(__file__).resolve().parent.parent / "pdf_fonts", Path("/usr/share/fonts/truetype/dejavu"))
INK = (29, 36, 51)
MUTED = (90, 100, 120)
BRAND = (31, 95, 139)
HEAD_FILL = (232, 241, 248)
SUBJECT_PREFIX = "hours-log-sha256:"


def _hours(minutes: int) -> str:
    h, m = divmod(int(minutes), 60)
    return f"{h:,} h {m:02d}" if m else f"{h:,} h"


def _short_date(value: str) -> str:
    return date.fromisoformat(value).strftime("%b %-d, %Y")


class HoursLogPDF(FPDF):
    def __init__(self, fingerprint: str, title: str) -> None:
        super().__init__(orientation="landscape", unit="mm", format="letter")
        self.fingerprint = fingerprint
        self.log_title = title
        self.unicode = False
        for folder in FONT_DIRS:
            regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
            if regular.exists() and bold.exists():
                self.add_font("Body", "", str(regular))
                self.add_font("Body", "B", str(bold))
                self.unicode = True
                break
        self.family = "Body" if self.unicode else "Helvetica"
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(True, margin=16)
        self.alias_nb_pages()

    def text_of(self, value) -> str:
        """Text the font can draw: everything with DejaVu; Latin-1 (accents kept, the rest as '?') without."""
        text = str(value)
        if self.unicode:
            return text
        text = unicodedata.normalize("NFKC", text)
        return text.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(*MUTED)
        self.cell(0, 4, self.text_of(f"{self.log_title} · content fingerprint (SHA-256) {self.fingerprint}"),
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def render(data: dict, *, fingerprint: str, generated_at: datetime, generated_by: str, check_url: str) -> bytes:
    """The hours log as PDF bytes. `data` is `log.content(...)`; `generated_at` is in the program's zone."""
    # fontTools logs every glyph it keeps when it subsets the font: noise in the app's log.
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    trainee, program = data["trainee"]["name"], data["program"]["name"]
    pdf = HoursLogPDF(fingerprint, f"Hours log of {trainee}")
    pdf.set_title(pdf.text_of(f"Supervised clinical hours log: {trainee}"))
    pdf.set_author(pdf.text_of(program))
    pdf.set_subject(SUBJECT_PREFIX + fingerprint)
    pdf.set_creator("supervision")
    pdf.set_creation_date(generated_at)
    t = pdf.text_of
    categories = data["categories"]
    width = pdf.epw

    def heading(text: str, size: float = 13, keep_with: float = 35) -> None:
        if pdf.will_page_break(keep_with):  # keep a heading with the start of what it heads
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font(pdf.family, "B", size)
        pdf.set_text_color(*BRAND)
        pdf.cell(0, 7, t(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(*INK)

    def body(size: float = 9) -> None:
        pdf.set_font(pdf.family, "", size)
        pdf.set_text_color(*INK)

    head_style = FontFace(emphasis="BOLD", fill_color=HEAD_FILL, color=INK)

    pdf.add_page()
    pdf.set_font(pdf.family, "B", 18)
    pdf.set_text_color(*INK)
    pdf.cell(0, 10, t("Supervised clinical hours log"), new_x="LMARGIN", new_y="NEXT")
    body(10)
    entries = data["entries"]
    period = (f"{_short_date(entries[0]['date'])} to {_short_date(entries[-1]['date'])}" if entries
              else "no verified hours yet")
    for label, value in (("Trainee", trainee), ("Program", program), ("Period", period),
                         ("Generated", f"{generated_at.strftime('%b %-d, %Y %-I:%M %p')} "
                                       f"({data['program']['timezone']}) by {generated_by}")):
        pdf.set_font(pdf.family, "B", 10)
        pdf.cell(28, 6, t(label))
        pdf.set_font(pdf.family, "", 10)
        pdf.cell(0, 6, t(value), new_x="LMARGIN", new_y="NEXT")
    body(8.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 4.5, t("Only verified hours are listed: sessions co-signed by a supervisor (the note's "
                             "co-signature) and activities a supervisor verified one by one. Weeks start on "
                             "Monday in the program's time zone."), new_x="LMARGIN", new_y="NEXT")

    totals = data["totals"]
    heading("Totals")
    body()
    groups = totals["by_group"]
    with pdf.table(col_widths=(60, 30), width=90, align="LEFT", headings_style=head_style, line_height=5.5,
                   text_align=("LEFT", "RIGHT"), padding=(0.8, 1.5)) as table:
        table.row(["Group", "Verified"])
        for group in ("direct", "indirect", "supervision"):
            table.row([group.capitalize(), _hours(groups.get(group, 0))])
        table.row([t("All verified hours"), _hours(totals["verified_minutes"])], style=FontFace(emphasis="BOLD"))

    if data["requirements"]:
        heading("Progress toward requirements")
        body()
        with pdf.table(col_widths=(55, 70, 30, 30, 20, 25), width=width, headings_style=head_style,
                       line_height=5.5, text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"),
                       padding=(0.8, 1.5)) as table:
            table.row(["Rule set", "Requirement", "Counted", "Required", "Percent", "Status"])
            for r in data["requirements"]:
                required = _hours(r["required_minutes"])
                if r["kind"] != "total":
                    required += f" ({r['weeks_active']} wk)"
                table.row([t(r["rule_set"]), t(r["rule"]), _hours(r["verified_minutes"]), required,
                           f"{r['percent']:g}%", "met" if r["met"] else "not yet"])

    # The weekly table: one row per week with verified hours, one column per category used.
    used = [code for code in categories if any(code in w["minutes"] for w in data["weeks"])]
    heading("Verified hours by week and category")
    body(8)
    if not data["weeks"]:
        pdf.cell(0, 6, t("No verified hours yet."), new_x="LMARGIN", new_y="NEXT")
    else:
        chunks = [used[i:i + 9] for i in range(0, len(used), 9)] or [[]]
        for chunk in chunks:
            first_w, total_w = 26, 20
            col = (width - first_w - total_w) / max(1, len(chunk))
            with pdf.table(col_widths=(first_w, *([col] * len(chunk)), total_w), width=width,
                           headings_style=head_style, line_height=4.6,
                           text_align=("LEFT", *(["RIGHT"] * len(chunk)), "RIGHT"), padding=(0.6, 1.2),
                           repeat_headings=1) as table:
                table.row(["Week of", *[t(categories[c]["name"]) for c in chunk], "Week total"])
                for week in data["weeks"]:
                    cells = [_short_date(week["start"])]
                    cells += [_hours(week["minutes"].get(c, 0)) if week["minutes"].get(c) else "–" for c in chunk]
                    cells.append(_hours(week["total"]))
                    table.row([t(c) for c in cells])
                by_category = totals["by_category"]
                table.row(["Total", *[_hours(by_category.get(c, 0)) for c in chunk], _hours(totals["verified_minutes"])],
                          style=FontFace(emphasis="BOLD", fill_color=(245, 247, 250)))
            pdf.ln(2)

    heading("Entries and their verification")
    body(8)
    if not entries:
        pdf.cell(0, 6, t("No verified entries yet."), new_x="LMARGIN", new_y="NEXT")
    else:
        with pdf.table(col_widths=(22, 46, 18, 82, 45, 42), width=width, headings_style=head_style,
                       line_height=4.4, text_align=("LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "LEFT"),
                       padding=(0.5, 1.2), repeat_headings=1) as table:
            table.row(["Date", "Category", "Time", "Activity", "Verified by", "Verified at"])
            for e in entries:
                if e["note_id"]:
                    activity = f"Session, co-signed note #{e['note_id']}"
                else:
                    activity = f"{e['description']} (logged)" if e["description"] else "Logged by the trainee"
                table.row([t(_short_date(e["date"])), t(categories[e["category"]]["name"]), _hours(e["minutes"]),
                           t(activity[:160]), t(e["verified_by"]), t(e["verified_at_local"])])

    heading("Checking this log", keep_with=60)
    body(9)
    pdf.multi_cell(0, 5, t("The content fingerprint below is the SHA-256 of this log's data (every entry, its "
                           "verification, and the totals). A program director can check it in the app: open "
                           f"{check_url} and paste the fingerprint or upload this PDF. The app tells whether it "
                           "issued this log, to whom, when, and whether the trainee's verified hours have changed "
                           "since."), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(pdf.family, "B", 10)
    pdf.cell(0, 6, "Content fingerprint (SHA-256)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 10.5)
    pdf.cell(0, 6, fingerprint, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    body(9)
    for label in ("Program director", "Date"):
        pdf.cell(32, 6, t(label))
        pdf.cell(80, 6, "", border="B")
        pdf.cell(10, 6, "")
    return bytes(pdf.output())
