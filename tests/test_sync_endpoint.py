"""Where `srs sync login` and `srs sync` may send a password or a session key: odd
endpoints are refused before any connection, the endpoint Anki gets is the one srs
checked, and a damaged login file is one line."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from engine_helpers import write_list
from hypothesis import given
from hypothesis import strategies as st
from sync_server import PASSWORD, USER, Listener

from srs.anki.sync_endpoint import check_endpoint
from srs.build import build
from srs.cli import cli
from srs.errors import BadInput
from srs.locations import Locations, data_dir

LOGIN_ENV = {"SRS_SYNC_USER": USER, "SRS_SYNC_PASSWORD": PASSWORD}

# {port}: a listening socket that records any connection. Anki (WHATWG rules) reads a
# backslash as "/" and drops tabs, so the first and the tab one reach it; urllib read
# them as 127.0.0.1 and let them through.
ODD_ENDPOINTS = [
    ("http://0.0.0.0:{port}\\@127.0.0.1/", "user name or password"),
    ("http://evil.example\\@127.0.0.1:{port}/", "user name or password"),
    ("http://me:secret@127.0.0.1:{port}/", "user name or password"),
    ("http://0.0.0.0:{port}\\127.0.0.1/", "backslash"),
    ("http://127.0.\t0.1:{port}/", "spaces and control characters"),
    ("http://127.0.0.1:{port}/a b/", "spaces and control characters"),
    ("http://127.0.0.1:{port}/\x1b[2J/", "spaces and control characters"),
    ("http://127.0.0.1:{port}/#top", "#fragment"),
    ("http://127.0.0.1:{port}/?next=x", "?query"),
    ("http://127.0.0.1:{port}/%zz/", "%XX escapes"),
    ("http://127.0.0.1:99999/", "port must be a number from 1 to 65535"),
    ("http://127.0.0.1:0/", "port must be a number from 1 to 65535"),
    ("http://[::1/", "not a valid IPv6 address"),
    ("http://[::1%25lo]:{port}/", "not a valid IPv6 address"),
    ("http://127.1:{port}/", "not a valid IPv4 address"),
    ("http:/127.0.0.1:{port}/", "not an http(s) URL"),
    ("ftp://127.0.0.1:{port}/", "not an http(s) URL"),
    ("http://loc@lhost:{port}/", "user name or password"),
    ("http://0.0.0.0:{port}/", "in the clear"),
]


@pytest.mark.parametrize(("template", "reason"), ODD_ENDPOINTS)
def test_odd_endpoints_are_refused_before_any_connection(
    srs_home: Path, template: str, reason: str
) -> None:
    with Listener() as listener:
        url = template.format(port=listener.port)
        done = CliRunner().invoke(cli, ["sync", "login", "--endpoint", url], env=LOGIN_ENV)
    assert done.exit_code == 2, done.output
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], done.output
    assert "\x1b" not in done.output and "secret" not in done.output
    assert listener.connections == 0
    assert not Locations(srs_home).sync_login.exists()


@pytest.mark.parametrize(
    ("given_url", "rebuilt"),
    [
        ("HTTP://LocalHost:08080", "http://localhost:8080/"),
        ("  https://Sync.Example.org/anki  ", "https://sync.example.org/anki/"),
        ("http://[0:0::1]:8080/a/b/", "http://[::1]:8080/a/b/"),
        ("https://203.0.113.9/", "https://203.0.113.9/"),
        ("", None),
        (None, None),
    ],
)
def test_the_endpoint_anki_gets_is_rebuilt_from_its_parts(
    given_url: str | None, rebuilt: str | None
) -> None:
    assert check_endpoint(given_url) == rebuilt


@given(st.text(alphabet="htps:/[]@\\#?%.0123456789abx-_\t :", max_size=40))
def test_an_endpoint_is_refused_or_rebuilt_to_one_anki_and_urllib_read_alike(
    text: str,
) -> None:
    for url in (text, "http://" + text, "https://127.0.0.1" + text):
        try:
            rebuilt = check_endpoint(url, insecure=True)
        except BadInput as exc:
            assert "\n" not in exc.message and "\t" not in exc.message
            continue
        if rebuilt is None:  # blank: AnkiWeb
            assert not url.strip()
            continue
        assert check_endpoint(rebuilt, insecure=True) == rebuilt  # a fixed point
        assert rebuilt.isascii() and rebuilt.endswith("/")
        assert not set(rebuilt) & set("@\\#? \t")
        parts = urlsplit(rebuilt)
        assert parts.username is None and parts.hostname
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == rebuilt


def write_login(srs_home: Path, data: object) -> Path:
    path = Locations(srs_home).sync_login
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"hkey": None, "endpoint": None, "user": USER}, '"hkey" is null'),
        ({"endpoint": None, "user": USER}, '"hkey" is missing'),
        ({"hkey": "", "endpoint": None, "user": USER}, '"hkey" is empty'),
        ({"hkey": ["k"], "endpoint": None, "user": USER}, '"hkey" is a list'),
        ({"hkey": "k", "endpoint": 42, "user": USER}, '"endpoint" is a number'),
        ({"hkey": "k", "endpoint": ["http://127.0.0.1:1/"], "user": USER}, '"endpoint" is a list'),
        ({"hkey": "k", "endpoint": None, "user": 7}, '"user" is a number'),
        (["hkey"], "a list, not a JSON object"),
        ("{not json", "not JSON"),
        ({"hkey": "k", "endpoint": "http://127.0.0.1:99999/", "user": USER}, "port must be"),
        ({"hkey": "k", "endpoint": "http://[::1/", "user": USER}, "IPv6"),
    ],
)
def test_a_damaged_login_file_is_one_line(
    tmp_path: Path, srs_home: Path, data: object, reason: str
) -> None:
    build(write_list(tmp_path), home=data_dir())
    path = write_login(srs_home, data)
    done = CliRunner().invoke(cli, ["sync"])
    assert done.exit_code == 2, done.output
    lines = done.output.strip().splitlines()
    assert len(lines) == 1, done.output
    assert str(path) in lines[0] and reason in lines[0] and "srs sync login" in lines[0]
    assert '"k"' not in lines[0]  # the key itself is never shown


@pytest.mark.parametrize(
    "template",
    [
        "http://0.0.0.0:{port}\\@127.0.0.1/",
        "http://me:pw@127.0.0.1:{port}/",
        "http://127.0.\t0.1:{port}/",
    ],
)
def test_a_hand_edited_endpoint_gets_no_further_than_endpoint_would(
    tmp_path: Path, srs_home: Path, template: str
) -> None:
    build(write_list(tmp_path), home=data_dir())
    with Listener() as listener:
        url = template.format(port=listener.port)
        path = write_login(srs_home, {"hkey": "k", "endpoint": url, "user": USER})
        done = CliRunner().invoke(cli, ["sync"])
    assert done.exit_code == 2, done.output
    lines = done.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and '"endpoint"' in lines[0], done.output
    assert listener.connections == 0


def test_a_stored_plain_http_endpoint_elsewhere_needs_insecure_each_run(
    tmp_path: Path, srs_home: Path
) -> None:
    build(write_list(tmp_path), home=data_dir())
    write_login(srs_home, {"hkey": "k", "endpoint": "http://192.0.2.7:8080", "user": USER})
    done = CliRunner().invoke(cli, ["sync"])
    assert done.exit_code == 2 and "in the clear" in done.output
    assert len(done.output.strip().splitlines()) == 1
