from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class CommentForm(FlaskForm):
    body = TextAreaField("Comment", validators=[DataRequired(), Length(max=20_000)],
                         description="Markdown: **bold**, *italic*, lists. Use client codes, never names.")
    parent_id = HiddenField()


class AnnotationForm(FlaskForm):
    """The span comes from the browser's selection (UTF-16 offsets) or, without JavaScript or a mouse,
    from the quote typed or pasted into `exact`."""

    exact = TextAreaField("Passage", validators=[DataRequired(), Length(max=5_000)],
                          description="Select text in the note, or paste the exact words here.")
    prefix = HiddenField()
    suffix = HiddenField()
    start = IntegerField(validators=[Optional()])
    end = IntegerField(validators=[Optional()])
    body = TextAreaField("Your annotation", validators=[DataRequired(), Length(max=20_000)])
    suggestion = TextAreaField("Suggested wording (optional)", validators=[Optional(), Length(max=5_000)],
                               description="The trainee can accept it into the draft with one click.")


class ReplyForm(FlaskForm):
    body = TextAreaField("Reply", validators=[DataRequired(), Length(max=20_000)])
