"""연결 시험: each failure class gets its own Korean explanation and advice, and nothing is stored.
Server unreachable, maintenance until …, login refused, certificate not trusted, a bad address."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import ssl
import threading

import pytest
from harness_central import PASSWORD

from heemang_desktop.sync import errors
from heemang_desktop.sync.connection import BAD_ADDRESS, check_connection


def test_a_working_server_and_login(central):
    result = check_connection(central.url, "K0161", "sync", PASSWORD)
    assert result.ok and "로그인을 확인" in result.text


def test_login_refused_says_which_details_to_check(central):
    result = check_connection(central.url, "K0161", "sync", "wrong-password")
    assert (result.ok, result.kind) == (False, errors.AUTH)
    assert "비밀번호" in result.message and "관리자" in result.advice


def test_maintenance_names_its_end(central):
    central.maintenance(True, "2022-09-05T18:00:00+09:00")
    result = check_connection(central.url, "K0161", "sync", PASSWORD)
    assert (result.ok, result.kind, result.until) == (False, errors.MAINTENANCE, "2022-09-05T18:00:00+09:00")
    assert "중단 기간" in result.message and "2022-09-05" in result.message and "자동으로 보냅니다" in result.advice


def test_unreachable_server():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = check_connection(f"http://127.0.0.1:{port}", "K0161", "sync", "pw", timeout=(1.0, 1.0))
    assert (result.ok, result.kind) == (False, errors.OFFLINE)
    assert "연결할 수 없습니다" in result.message and "인터넷 연결" in result.advice


@pytest.mark.parametrize("url", ["hope.example.go.kr", "http://hope.example.go.kr", "ftp://x"])
def test_a_bad_address_is_named_before_any_request(url):
    result = check_connection(url, "K0161", "sync", "pw")
    assert (result.ok, result.kind) == (False, BAD_ADDRESS) and "https://" in result.text


@pytest.fixture
def untrusted_https(tmp_path):
    """An HTTPS server with a self-signed certificate (as an intercepting proxy or a wrong host would be)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_untrusted_certificate_is_refused_and_explained(untrusted_https):
    result = check_connection(untrusted_https, "K0161", "sync", "pw", timeout=(2.0, 2.0))
    assert (result.ok, result.kind) == (False, errors.CERTIFICATE)
    assert "인증서" in result.message and "전산 담당자" in result.advice
