"""Rate limits per client address (Flask-Limiter, in memory or Redis) and the lockout per account shared
by separate worker processes. Each runs the app in a process of its own with rate limiting on."""
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def probe(mode, db_url, storage="memory://"):
    result = subprocess.run([sys.executable, "-m", "tests.ratelimit_probe", mode, db_url, storage], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def redis_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def check_limits(out):
    assert out["login"] == [200] * 5 + [429]
    assert "Too many attempts" in out["login_message"] and "5 per 1 minute" in out["login_message"]
    assert out["login_other_address"] == 302  # another address is not held back
    assert out["tokens"] == [401] * 5 + [429]
    assert out["tokens_body"]["error"]["code"] == "rate_limited"
    assert out["reset"] == [200] * 3 + [429]


def test_per_address_limits_in_memory(tmp_path):
    check_limits(probe("limits", f"sqlite:///{tmp_path / 'probe.sqlite3'}"))


@pytest.mark.skipif(not redis_available(), reason="no Redis server on 127.0.0.1:6379")
def test_per_address_limits_in_redis(tmp_path):
    check_limits(probe("limits", f"sqlite:///{tmp_path / 'probe.sqlite3'}", "redis://127.0.0.1:6379/15"))


def test_the_account_lockout_is_shared_by_separate_workers(tmp_path):
    """Ten failures in one worker process lock the account in another (the count is in the database)."""
    url = f"sqlite:///{tmp_path / 'probe.sqlite3'}"
    assert probe("fail", url)["codes"] == [200] * 10
    other_worker = probe("try", url)
    assert other_worker["code"] == 429 and int(other_worker["retry_after"]) > 0
