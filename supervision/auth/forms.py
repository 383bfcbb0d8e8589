from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..forms import choices


class LoginForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)],
                       render_kw={"autocomplete": "username", "autofocus": True})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})


class AcceptInvitationForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=120)], render_kw={"autocomplete": "name"})
    password = PasswordField("Choose a password", validators=[DataRequired(), Length(max=1024)],
                             description="At least 12 characters. A passphrase of a few unrelated words works well; pasting from a password manager is fine.",
                             render_kw={"autocomplete": "new-password"})


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField("Current password", validators=[DataRequired()],
                                     render_kw={"autocomplete": "current-password"})
    new_password = PasswordField("New password", validators=[DataRequired(), Length(max=1024)],
                                 description="At least 12 characters; common passwords are refused.",
                                 render_kw={"autocomplete": "new-password"})


class EmptyForm(FlaskForm):
    """For action buttons: a CSRF token and nothing else."""


class NotificationPreferenceForm(FlaskForm):
    email_preference = SelectField("E-mail me", choices=choices([
        ("immediate", "Right away, for each notification"),
        ("daily", "Once a day, as a digest"),
        ("off", "Never (the bell in the app still shows everything)"),
    ]))


class ForgotPasswordForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)],
                       render_kw={"autocomplete": "username", "autofocus": True})


class ResetPasswordForm(FlaskForm):
    new_password = PasswordField("New password", validators=[DataRequired(), Length(max=1024)],
                                 description="At least 12 characters; common passwords are refused.",
                                 render_kw={"autocomplete": "new-password", "autofocus": True})


class ApiTokenForm(FlaskForm):
    name = StringField("Token name", validators=[DataRequired(), Length(max=80)],
                       description="What the token is for, such as \"notes import script\".")
    current_password = PasswordField("Current password", validators=[DataRequired(), Length(max=1024)],
                                     description="Creating a token needs your password again.",
                                     render_kw={"autocomplete": "current-password"})
