from flask_wtf import FlaskForm
from wtforms import DateField, EmailField, SelectField, SelectMultipleField, StringField
from wtforms.widgets import CheckboxInput, ListWidget
from wtforms.validators import DataRequired, Length, Optional

from ..enums import AssignmentKind, Role
from ..forms import choices


class InviteForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    role = SelectField("Role", choices=choices((r.value, r.value.capitalize()) for r in Role), default=Role.TRAINEE.value)


class AssignForm(FlaskForm):
    supervisor_id = SelectField("Supervisor", coerce=int, validators=[DataRequired()])
    trainee_id = SelectField("Trainee", coerce=int, validators=[DataRequired()])
    kind = SelectField("Kind", choices=choices((k.value, k.value.capitalize()) for k in AssignmentKind))
    starts_on = DateField("From", validators=[Optional()])
    ends_on = DateField("Until (optional)", validators=[Optional()])


class PeerGroupForm(FlaskForm):
    name = StringField("Group name", validators=[DataRequired(), Length(max=120)])
    members = SelectMultipleField("Trainees", coerce=int, validate_choice=True,
                                  widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())


class PeerGroupMembersForm(FlaskForm):
    members = SelectMultipleField("Trainees", coerce=int, validate_choice=True,
                                  widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
