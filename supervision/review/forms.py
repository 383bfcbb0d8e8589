from wtforms import BooleanField, TextAreaField
from wtforms.validators import DataRequired, Length

from ..notes.forms import VersionForm


class RequestChangesForm(VersionForm):
    summary = TextAreaField("What should change?", validators=[DataRequired(), Length(max=10_000)],
                            description="The trainee sees this at the top of the note. Markdown allowed.")


class ApproveForm(VersionForm):
    attestation = BooleanField("I attest to the statement above", validators=[DataRequired()])
