"""Note templates: the sections of each documentation format, as Markdown headings."""
from __future__ import annotations

from ..enums import NoteTemplate

SECTIONS: dict[NoteTemplate, tuple[tuple[str, str], ...]] = {
    NoteTemplate.SOAP: (
        ("Subjective", "What the client reported: concerns, mood, events since the last session."),
        ("Objective", "What you observed: affect, behaviour, appearance, measures and scores."),
        ("Assessment", "Your clinical impression and progress toward goals."),
        ("Plan", "Next steps, homework, next session."),
    ),
    NoteTemplate.DAP: (
        ("Data", "What the client said and what you observed."),
        ("Assessment", "Your interpretation of the data and progress toward goals."),
        ("Plan", "Interventions planned, homework, next session."),
    ),
    NoteTemplate.BIRP: (
        ("Behavior", "The client's presentation and what they reported."),
        ("Intervention", "What you did in session."),
        ("Response", "How the client responded to the interventions."),
        ("Plan", "Next steps and next session."),
    ),
    NoteTemplate.GIRP: (
        ("Goals", "The treatment-plan goals this session addressed."),
        ("Intervention", "What you did in session."),
        ("Response", "How the client responded."),
        ("Plan", "Next steps and next session."),
    ),
    NoteTemplate.NARRATIVE: (
        ("Session narrative", "A narrative account of the session, its interventions and the plan."),
    ),
}

LABELS = {
    NoteTemplate.SOAP: "SOAP (Subjective, Objective, Assessment, Plan)",
    NoteTemplate.DAP: "DAP (Data, Assessment, Plan)",
    NoteTemplate.BIRP: "BIRP (Behavior, Intervention, Response, Plan)",
    NoteTemplate.GIRP: "GIRP (Goals, Intervention, Response, Plan)",
    NoteTemplate.NARRATIVE: "Narrative",
}


def skeleton(template: NoteTemplate | str) -> str:
    """The starting body for a new note: one Markdown heading per section, with an empty line to write on."""
    sections = SECTIONS[NoteTemplate(template)]
    return "\n\n".join(f"## {title}\n" for title, _hint in sections).rstrip("\n") + "\n"
