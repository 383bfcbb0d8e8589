# Read by the flask command only (python-dotenv); real environment variables win.
# Development settings so that `flask --app wsgi ...` works in a fresh checkout.
# gunicorn does not read this file: production must set APP_ENV and SECRET_KEY itself.
APP_ENV=development
