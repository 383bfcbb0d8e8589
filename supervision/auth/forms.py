from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, Length


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
