from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, SelectMultipleField, TextAreaField
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget


class CheckboxesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ReflectionForm(FlaskForm):
    body = TextAreaField("Your reflection", validators=[DataRequired(), Length(max=20_000)],
                         description="What did you learn, and what will you do differently? Markdown allowed; keep it de-identified.")
    competencies = CheckboxesField("Competencies", validate_choice=True)
    shared = BooleanField("Share with my supervisors")
    version = HiddenField()
    comment_id = HiddenField()
    annotation_id = HiddenField()
    note_id = HiddenField()


class AnswerForm(FlaskForm):
    body = TextAreaField("Answer", validators=[DataRequired(), Length(max=20_000)])
