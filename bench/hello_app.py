"""The ceiling for bench/load.py: a bare Flask app that answers "hello", served by the same gunicorn settings."""
from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "hello"
