from config import TestConfig
from supervision import create_app


class BehindProxy(TestConfig):
    TRUSTED_PROXIES = 1


def test_client_address_comes_from_the_trusted_proxy():
    app = create_app(BehindProxy)
    seen = {}

    @app.get("/_probe")
    def probe():
        from flask import request

        seen["addr"], seen["scheme"] = request.remote_addr, request.scheme
        return "ok"

    app.test_client().get("/_probe", headers={"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"},
                          environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert seen == {"addr": "203.0.113.9", "scheme": "https"}
