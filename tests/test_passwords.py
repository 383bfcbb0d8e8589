import pytest

from supervision.auth.passwords import hash_password, password_problems, verify_password


@pytest.mark.parametrize("password", [
    "short",
    "password1234",          # a common password with digits added
    "qwertyuiop!!",
    "aaaaaaaaaaaaaaa",
])
def test_weak_passwords_are_refused(password):
    assert password_problems(password)


@pytest.mark.parametrize("password", [
    "correct horse battery staple",
    "maple-otter-violin-42",
    "a very long passphrase " * 10,
])
def test_passphrases_are_accepted(password):
    assert password_problems(password) == []


def test_own_name_or_email_is_refused():
    assert password_problems("taramorgan-rules-ok", email="taramorgan@example.test")
    assert password_problems("Tara Morgan forever!", name="Tara Morgan")


def test_hash_round_trip():
    stored = hash_password("maple-otter-violin-42", fast=True)
    assert verify_password(stored, "maple-otter-violin-42")
    assert not verify_password(stored, "maple-otter-violin-43")
    assert not verify_password("not-a-hash", "anything")
