from flask_wtf import FlaskForm
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length


class CommentForm(FlaskForm):
    body = TextAreaField("Comment", validators=[DataRequired(), Length(max=20_000)],
                         description="Markdown: **bold**, *italic*, lists. Use client codes, never names.")
    parent_id = HiddenField()
