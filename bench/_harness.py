"""Helpers shared by bench/load.py and bench/two_hosts.py: scratch database, gunicorn servers, sign-in over plain
HTTP to 127.0.0.1. Everything here talks to loopback only."""
from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
CSRF_RE = re.compile(r'name="csrf-token" content="([^"]+)"')
COOKIE = "supervision_session"


def app_env(url: str, **extra: str) -> dict[str, str]:
    """The environment of a production server on the bench database (a fresh random SECRET_KEY per run)."""
    env = dict(os.environ)
    env.update(APP_ENV="production", DATABASE_URL=url, SECRET_KEY=env.get("BENCH_SECRET_KEY") or secrets.token_hex(32),
               PYTHONUNBUFFERED="1")
    env.pop("REDIS_URL", None)
    env.update(extra)
    return env


def psql(sql: str, url: str = "postgresql://postgres@127.0.0.1:5432/postgres") -> str:
    return subprocess.run(["psql", url, "-qAtc", sql], check=True, capture_output=True, text=True).stdout.strip()


def database_url(base: str, name: str) -> str:
    parts = urlsplit(base)
    return parts._replace(path="/" + name).geturl()


def flask(env: dict[str, str], *args: str, timeout: int = 1800) -> str:
    result = subprocess.run([str(BIN / "flask"), "--app", "wsgi", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode:
        sys.exit(f"flask {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


class Server:
    """gunicorn on 127.0.0.1:port; stopped (SIGTERM, then SIGKILL) on exit."""

    def __init__(self, app: str, port: int, env: dict[str, str], workers: int = 2, worker_class: str = "sync",
                 threads: int = 1, log: str | None = None):
        self.port = port
        args = [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
                "--worker-class", worker_class, "--timeout", "60"]
        if worker_class == "gthread":
            args += ["--threads", str(threads)]
        self.log = open(log or f"/tmp/bench_gunicorn_{port}.log", "w")
        self.proc = subprocess.Popen(args + [app], cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def __enter__(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"gunicorn on port {self.port} exited; see {self.log.name}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/")
                conn.getresponse().read()
                if len(self.worker_pids()) >= 1:
                    return self
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        sys.exit(f"gunicorn on port {self.port} did not start; see {self.log.name}")

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()

    def worker_pids(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def rss_mb(self) -> list[float]:
        sizes = []
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            kb = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
            sizes.append(kb / 1024)
        return sizes


def request(port: int, method: str, path: str, *, cookie: str | None = None, body: bytes | None = None,
            headers: dict[str, str] | None = None, forwarded_for: str | None = None):
    """One request; returns (status, headers as a list, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    h = dict(headers or {})
    if cookie:
        h["Cookie"] = f"{COOKIE}={cookie}"
    conn.request(method, path, body=body, headers=h)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.getheaders(), data


def session_cookie(headers, current: str | None = None) -> str | None:
    """The session cookie a response set (production cookies are Secure; we read the header ourselves, which
    is why no configuration override is needed to sign in over plain HTTP on loopback)."""
    for name, value in headers:
        if name.lower() == "set-cookie" and value.startswith(COOKIE + "="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return current


def sign_in(port: int, email: str, password: str) -> str:
    """Sign in through the login form; return the session cookie's value."""
    status, headers, body = request(port, "GET", "/login")
    cookie = session_cookie(headers)
    token = CSRF_RE.search(body.decode()).group(1)
    form = urlencode({"email": email, "password": password, "csrf_token": token}).encode()
    status, headers, body = request(port, "POST", "/login", cookie=cookie, body=form,
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    if status != 302:
        sys.exit(f"sign-in of {email} failed: {status} {body[:300]!r}")
    return session_cookie(headers, cookie)


def csrf_of(port: int, cookie: str, path: str = "/dashboard") -> str:
    status, headers, body = request(port, "GET", path, cookie=cookie)
    return CSRF_RE.search(body.decode()).group(1)


def bearer_token(port: int, email: str, password: str) -> str:
    status, headers, body = request(port, "POST", "/api/v1/tokens",
                                    body=json.dumps({"email": email, "password": password, "name": "bench"}).encode(),
                                    headers={"Content-Type": "application/json"})
    if status != 201:
        sys.exit(f"token for {email} failed: {status} {body[:300]!r}")
    return json.loads(body)["token"]
