"""A worker process for the rate-limit and lockout tests: the app with rate limiting on (the suite's own app
has it off), on a database and limiter storage given on the command line. Prints JSON.

    python -m tests.ratelimit_probe limits DB_URL STORAGE_URI   per-address limits on sign-in, tokens, reset
    python -m tests.ratelimit_probe fail DB_URL STORAGE_URI     ten wrong passwords for the test account
    python -m tests.ratelimit_probe try DB_URL STORAGE_URI      the right password for it, once
"""
from __future__ import annotations

import json
import sys
import uuid

from sqlalchemy import select

from config import TestConfig
from supervision import create_app
from supervision.auth.models import User
from supervision.extensions import db

EMAIL = "probe@example.test"
PASSWORD = "correct horse battery staple"


def make_app(db_url: str, storage: str):
    class ProbeConfig(TestConfig):
        SQLALCHEMY_DATABASE_URI = db_url
        RATELIMIT_ENABLED = True
        RATELIMIT_STORAGE_URI = storage
        RATELIMIT_KEY_PREFIX = f"probe-{uuid.uuid4().hex}"  # a shared Redis: never see another run's counts
        LOGIN_RATE_LIMIT = "5 per minute"
        PASSWORD_RESET_RATE_LIMIT = "3 per minute"
        WTF_CSRF_ENABLED = False

    app = create_app(ProbeConfig)
    with app.app_context():
        db.create_all()
        if db.session.execute(select(User).where(User.email == EMAIL)).scalar_one_or_none() is None:
            from supervision.auth.services import create_user
            from supervision.programs.services import create_program

            create_user(create_program("Probe Program"), email=EMAIL, name="Pat Probe", role="trainee",
                        password=PASSWORD)
            db.session.commit()
    return app


def limits(app) -> dict:
    client = app.test_client()
    out: dict = {}
    a = {"REMOTE_ADDR": "10.1.1.1"}
    out["login"] = [client.post("/login", data={"email": f"n{i}@example.test", "password": "x" * 12},
                                environ_base=a).status_code for i in range(6)]
    blocked = client.post("/login", data={"email": "n9@example.test", "password": "x" * 12}, environ_base=a)
    out["login_message"] = blocked.get_data(as_text=True)
    out["login_other_address"] = client.post("/login", data={"email": EMAIL, "password": PASSWORD},
                                             environ_base={"REMOTE_ADDR": "10.1.1.2"}).status_code
    b = {"REMOTE_ADDR": "10.2.2.2"}
    tokens = [client.post("/api/v1/tokens", json={"email": f"n{i}@example.test", "password": "x" * 12},
                          environ_base=b) for i in range(6)]
    out["tokens"] = [r.status_code for r in tokens]
    out["tokens_body"] = tokens[-1].get_json()
    c = {"REMOTE_ADDR": "10.3.3.3"}
    out["reset"] = [client.post("/password/forgot", data={"email": f"n{i}@example.test"}, environ_base=c).status_code
                    for i in range(4)]
    return out


def main() -> None:
    mode, db_url, storage = sys.argv[1:4]
    app = make_app(db_url, storage)
    client = app.test_client()
    if mode == "limits":
        result = limits(app)
    elif mode == "fail":
        result = {"codes": [client.post("/login", data={"email": EMAIL, "password": f"wrong guess {i}"},
                                        environ_base={"REMOTE_ADDR": f"10.9.{i}.1"}).status_code for i in range(10)]}
    else:
        response = client.post("/login", data={"email": EMAIL, "password": PASSWORD},
                               environ_base={"REMOTE_ADDR": "10.8.8.8"})
        result = {"code": response.status_code, "retry_after": response.headers.get("Retry-After")}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
