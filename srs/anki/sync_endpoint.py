"""Where `srs sync` may send a password or a session key: a sync server's URL, checked
and rebuilt.

Anki's client (Rust, WHATWG URL rules) and Python's urllib read odd URLs differently:
to urllib `http://evil.example\\@127.0.0.1/` is 127.0.0.1, to Anki it is
evil.example (a backslash is a slash there). So srs takes only a narrow form,
`scheme://host[:port]/path/`, refuses anything else, rebuilds the URL from the parts
it read and hands Anki exactly that string: the host the plain-http check looks at is
the host Anki connects to.
"""

from __future__ import annotations

import ipaddress
import re

from srs.errors import BadInput

__all__ = ["check_endpoint"]

_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
#: what a path may hold (RFC 3986 pchar and "/", without "@": no user@ anywhere)
_PATH_CHARS = frozenset(_UNRESERVED + "!$&'()*+,;=:/%")
_URL_CHARS = _PATH_CHARS | frozenset("[]")
_FORM = re.compile(r"(?P<scheme>[^:/]+)://(?P<authority>[^/]*)(?P<path>/.*)?", re.DOTALL)
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
#: a last label WHATWG reads as a number, making the whole host an IPv4 address
_NUMERIC = re.compile(r"[0-9]+|0x[0-9a-f]*")
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def check_endpoint(
    url: str | None, *, insecure: bool = False, what: str = "sync endpoint"
) -> str | None:
    """The endpoint rebuilt as `scheme://host[:port]/path/` (None: AnkiWeb), or
    BadInput naming `what`. Plain http only to this machine, unless `insecure`: the
    password and the session key would cross the network in the clear."""
    if url is None or not url.strip():
        return None
    text = url.strip()
    if "@" in text:  # the URL is not echoed: what precedes "@" may be a password
        raise BadInput(
            f"{what}: a user name or password in the URL (user@host) is not allowed; "
            "srs asks for them"
        )
    scheme, host, port, path = _parts(text, what)
    if scheme == "http" and not insecure and not _loopback(host):
        raise BadInput(
            f"{what} {text!r}: plain http to another machine would send the password and "
            "the session key in the clear; use https, or --insecure if you mean it"
        )
    return f"{scheme}://{host}{'' if port is None else f':{port}'}{path}"


def _parts(text: str, what: str) -> tuple[str, str, int | None, str]:
    """Scheme, host (lower case; IPv6 in brackets), port and path (ending in "/")."""
    if not text.isascii():
        raise BadInput(
            f"{what} {text!r}: only ASCII characters (write an international host name in "
            "its xn-- form)"
        )
    if any(char <= " " or char == "\x7f" for char in text):
        raise BadInput(f"{what} {text!r}: spaces and control characters are not allowed")
    if "\\" in text:
        raise BadInput(f"{what} {text!r}: a backslash is not allowed (Anki reads it as /)")
    if "#" in text or "?" in text:
        raise BadInput(f"{what} {text!r}: a ?query or #fragment is not allowed")
    odd = sorted(set(text) - _URL_CHARS)
    if odd:
        raise BadInput(f"{what} {text!r}: the character {odd[0]!r} is not allowed")
    form = _FORM.fullmatch(text)
    if form is None or form["scheme"].lower() not in ("http", "https"):
        raise BadInput(f"{what} {text!r}: not an http(s) URL (scheme://host[:port]/path)")
    host, port = _host_and_port(form["authority"], text, what)
    path = form["path"] or "/"
    if "[" in path or "]" in path or _ESCAPE.search(path):
        raise BadInput(f"{what} {text!r}: the path may hold no [ ] and only %XX escapes")
    return form["scheme"].lower(), host, port, path if path.endswith("/") else path + "/"


def _host_and_port(authority: str, text: str, what: str) -> tuple[str, int | None]:
    if authority.startswith("["):
        inside, bracket, rest = authority[1:].partition("]")
        try:
            if not bracket or "%" in inside:
                raise ValueError(inside)
            host = f"[{ipaddress.IPv6Address(inside).compressed}]"
        except ValueError:
            raise BadInput(f"{what} {text!r}: not a valid IPv6 address in [ ]") from None
    else:
        if "]" in authority:
            raise BadInput(f"{what} {text!r}: [ ] only around an IPv6 address")
        name, colon, rest = authority.partition(":")
        rest = colon + rest
        host = _host_name(name.lower(), text, what)
    if not rest:
        return host, None
    digits = rest[1:]
    if not rest.startswith(":") or not digits.isdigit() or not 0 < int(digits) <= 65535:
        raise BadInput(f"{what} {text!r}: the port must be a number from 1 to 65535")
    return host, int(digits)


def _host_name(name: str, text: str, what: str) -> str:
    labels = name.split(".")
    if _NUMERIC.fullmatch(labels[-1]):  # Anki would read the whole host as IPv4
        try:
            return str(ipaddress.IPv4Address(name))
        except ValueError:
            raise BadInput(f"{what} {text!r}: not a valid IPv4 address") from None
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise BadInput(f"{what} {text!r}: not a host name (letters, digits, - and _ between dots)")
    return name


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
