"""The reflection log as Markdown and as PDF, for a portfolio or an evaluation meeting."""
from __future__ import annotations

from ..pdf import Document


def _quote_block(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def log_markdown(entries, owner: str) -> str:
    lines = [f"# Reflection log: {owner}", "", f"{len(entries)} entries.", ""]
    for entry in entries:
        lines.append(f"## {entry.created_at:%Y-%m-%d} · {entry.trainee.name}")
        tags = ", ".join(c.name for c in entry.competencies)
        meta = [f"source: {entry.source}"] + ([f"note #{entry.note_id}"] if entry.note_id else []) + \
               ([f"competencies: {tags}"] if tags else []) + ["shared with supervisors" if entry.shared else "private"]
        lines += [f"*{' · '.join(meta)}*", ""]
        if entry.quote:
            author = f" ({entry.quote_author.name})" if entry.quote_author else ""
            lines += [f"Feedback{author}:", "", _quote_block(entry.quote), ""]
        lines += [entry.body.strip(), ""]
        for answer in entry.answers:
            lines += [f"**{answer.author.name}**, {answer.created_at:%Y-%m-%d}:", "", _quote_block(answer.body), ""]
    return "\n".join(lines).rstrip() + "\n"


def log_pdf(entries, owner: str) -> bytes:
    doc = Document(f"Reflection log: {owner}", subtitle=f"{len(entries)} entries")
    for entry in entries:
        doc.heading(f"{entry.created_at:%Y-%m-%d} · {entry.trainee.name}")
        tags = ", ".join(c.name for c in entry.competencies)
        doc.paragraph(" · ".join([f"source: {entry.source}"] + ([f"note #{entry.note_id}"] if entry.note_id else [])
                                 + ([tags] if tags else []) + ["shared" if entry.shared else "private"]), 8, muted=True)
        if entry.quote:
            author = f" ({entry.quote_author.name})" if entry.quote_author else ""
            doc.paragraph(f"Feedback{author}: {entry.quote}", 9, muted=True)
        doc.paragraph(entry.body)
        for answer in entry.answers:
            doc.paragraph(f"{answer.author.name}: {answer.body}", 9, muted=True)
        doc.ln(3)
    return doc.to_bytes()
