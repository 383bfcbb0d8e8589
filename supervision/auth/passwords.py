"""Password hashing (argon2id) and the strength rules of NIST SP 800-63B: length over composition,
common and breached passwords refused, long passphrases and paste welcome."""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12
MAX_LENGTH = 1024  # long passphrases yes, megabytes of input to the hasher no
_DATA = Path(__file__).with_name("data") / "common-passwords.txt.gz"

_hasher = PasswordHasher()
_fast_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only


def _pick(fast: bool) -> PasswordHasher:
    return _fast_hasher if fast else _hasher


def hash_password(password: str, *, fast: bool = False) -> str:
    return _pick(fast).hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# A constant hash to verify against when the account does not exist, so that the answer takes as
# long for an unknown e-mail as for a wrong password.
DUMMY_HASH = _hasher.hash("not-a-real-password-for-timing-only")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    with gzip.open(_DATA, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def password_problems(password: str, *, email: str = "", name: str = "") -> list[str]:
    """What is wrong with a new password, as sentences for the form; empty when it is acceptable."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"Use at least {MIN_LENGTH} characters; a passphrase of a few words is easiest.")
    if len(password) > MAX_LENGTH:
        problems.append(f"Use at most {MAX_LENGTH} characters.")
    lowered = password.lower()
    stem = re.sub(r"[\d\W_]+$", "", lowered)
    common = common_passwords()
    if lowered in common or (len(stem) >= 4 and stem in common):
        problems.append("This password is too common; pick something others would not guess.")
    elif len(set(lowered)) <= 3:
        problems.append("This password repeats too few characters.")
    local = email.split("@")[0].lower()
    if (local and len(local) >= 4 and local in lowered) or (name and len(name) >= 4 and name.lower().replace(" ", "") in lowered.replace(" ", "")):
        problems.append("Do not use your name or e-mail address in the password.")
    return problems
