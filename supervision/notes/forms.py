from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..enums import SessionType, Setting
from ..forms import VersionForm, choices
from .formats import LABELS

TEMPLATE_CHOICES = choices((t.value, label) for t, label in LABELS.items())
SESSION_TYPE_CHOICES = choices((s.value, s.value.capitalize()) for s in SessionType)
SETTING_CHOICES = choices((s.value, s.label) for s in Setting)
DEFAULT_CATEGORY = ("", "From the session type")


class NoteMetaForm(FlaskForm):
    client_code = StringField(
        "Client code", validators=[DataRequired(), Length(max=16)],
        description="The client's pseudonym, such as C-014. Never a name or initials.",
        render_kw={"autocomplete": "off", "spellcheck": "false", "placeholder": "C-014"},
    )
    session_date = DateField("Session date", validators=[InputRequired()])
    duration_minutes = IntegerField("Duration (minutes)", validators=[InputRequired(), NumberRange(1, 24 * 60)],
                                    render_kw={"min": 1, "max": 1440, "inputmode": "numeric"})
    session_type = SelectField("Session type", choices=SESSION_TYPE_CHOICES)
    setting = SelectField("Setting", choices=SETTING_CHOICES)
    # Choices are the program's direct-service categories: set with `offer_categories` before validating.
    hours_category = SelectField("Hours category", choices=choices([DEFAULT_CATEGORY]), validators=[Optional()])

    def offer_categories(self, program_id: int, current: str | None = None) -> None:
        from ..hours.services import note_categories

        self.hours_category.choices = choices(
            [DEFAULT_CATEGORY, *((c.code, c.name) for c in note_categories(program_id, current))])


class NewNoteForm(NoteMetaForm):
    template = SelectField("Template", choices=TEMPLATE_CHOICES, default="soap")


class EditNoteForm(NoteMetaForm):
    version = HiddenField()
    body = TextAreaField("Note", validators=[Length(max=100_000)])



class DismissForm(VersionForm):
    finding = HiddenField(validators=[DataRequired()])
    reason = StringField("Why is this not PHI?", validators=[DataRequired(), Length(min=3, max=1000)])


class RedactForm(VersionForm):
    finding = HiddenField()
    scope = HiddenField(default="one")  # one | all
