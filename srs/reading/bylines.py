"""A bold head that opens with the work's authors: `**Little (1961) — A Proof for the
Queuing Formula: L = λW**`, `**Halfin & Whitt (1981) — Heavy-Traffic Limits for …**`,
`**Hinton et al., "Deep Neural Networks for Acoustic Modeling …"**`.

What stands before the dash is a byline (whose, and when), what follows is the title:
the entry goes by the title and credits the byline. Several authors, or one with a year,
read as a byline on their own. One surname alone (`**Kleinrock — Queueing Systems, Vol.
1: Theory**`) reads as one only in a list that writes its heads this way
(`writes_bylined_heads`): elsewhere `**Mamba — Linear-Time Sequence Modeling with
Selective State Spaces**` is a paper's short name and then its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from srs.reading.attribution import (
    POST_SITES,
    cite_authors,
    cut,
    is_publisher,
    lab_in,
    whole_names,
    year_in,
)
from srs.reading.claim_kinds import has_verb_word
from srs.reading.markdown import Run, plain
from srs.reading.model import Attribution
from srs.reading.titles import lead_in
from srs.text import NAME_LOWER

__all__ = ["byline_head", "signed_byline", "trailing_byline", "writes_bylined_heads"]

#: the dash between a byline and a title (spaced: `Harchol-Balter` is one name)
_DASH = re.compile(r"\s+[—–-]{1,2}\s+")
#: one surname, as people write them: `Kleinrock`, `Harchol-Balter`, `O'Neil`, `Chvátal`,
#: `McMillan`, `MacKay`
_SURNAME = re.compile(r"^(?:Ma?c)?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*$")
#: a byline, then the title in quotes
_QUOTED_AFTER = re.compile(
    r"^(?P<by>[^\"“]{2,300}?),?\s+[\"“](?P<title>[^\"“”]{8,300}?)[,.]?[\"”]"
    # (`**Derrick Stolee, "Git's database internals" series**`: what kind of writing, r76)
    r"(?:\s+(?:series|(?:blog\s+)?posts?|talk|thread|essay|slides|video|lecture))?"
    # `(SIGGRAPH '86)`, `(EGSR 2017, CGF 36(4))`: where and when
    r"\s*(?P<where>\((?:[^()]|\([^()]*\))*\))?\.?$"
)
#: a short name, a dash, then the rest of the head (a byline and a quoted title)
_NAME_FIRST = re.compile(r"^(?P<name>[^\s\"“—–][^\"“—–]{0,30}?)\s+[—–]\s+(?P<rest>[^\"“]+[\"“].+)$")
#: a title after the byline: a capital, a digit or a quote first (or a name in lower case
#: with a digit or a capital in it: `x86-TSO: …`, `word2vec …`), two words at least
_TITLE = re.compile(r"^(?:[\"“A-Z0-9]|[a-z]+(?=[\w-]*[A-Z0-9]))\S*(?:\s+\S+)+")


#: people before a colon: two surnames or more (`Cooper, Harvey, Kennedy:`); never one
#: name of two words (`Site Isolation:`, `Flexible Paxos:` are titles' names)
_PEOPLE_COLON = re.compile(
    # (no `and`: `Draft, Sketch, and Prove: …` is a title)
    r"^(?P<people>(?:[A-Z][\w'’-]+,\s+)+(?:&\s+)?[A-Z][\w'’-]+):\s+(?P<title>\S.*)$"
)


#: surnames listed, the last after `&` or `and`: `You, Li, Low, Lobell & Ermon`
_SURNAME_LIST = re.compile(r"[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:&|and)\s+[A-Z][\w'’-]+")
#: what may close a head after its name: when (`(2019)`, `(Nature 2016)`)
_WHEN_AT_END = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)[.:]?$")


def _people_comma(raw: str) -> tuple[Attribution, str] | None:
    """(the byline, the name) of `Garnot & Landrieu, U-TAE and PASTIS (2021)`, `Tseng et al.,
    Presto (2023)`: two people or more (`&`, `and` or `et al.` among them), a comma, then
    the name; never a title's own commas (`Time, Clocks, and the Ordering of Events …`,
    `Borg, Omega, and Kubernetes`), nor models (`LLaMA 1, Llama 2, Llama 3`)."""
    when = _WHEN_AT_END.search(raw)
    head = raw[: when.start()] if when else raw
    for comma in re.finditer(r",\s+", head):
        people, name = head[: comma.start()], head[comma.end() :].strip(" .:")
        if not re.fullmatch(r"[A-Z][^\"“:;()\[\]\d—–]{1,120}", people):
            return None
        if not re.search(r"&|\band\b|\bet al\b", people):
            continue
        if (
            not name
            or len(name) > 80
            or re.match(r"(?i:and|or|the|a|an|\d+(?:st|nd|rd|th))\s", name)
            or re.search(r"[\"“—–]|\s-\s", name)
            # (`Tellez et al., Medical Image Analysis 2019`, `Ciga et al., 2022` (r142 blog):
            # where and when, no name)
            or re.search(r"(?:^|\s)(?:1[6-9]|20)\d\d\W*$", name)
        ):
            return None
        found, rest = cut(people)
        if not found.authors or rest.strip(" ,.;:"):
            return None
        return found.merged(Attribution(year=year_in(when.group(0) if when else ""))), name
    return None


def byline_head(raw: str, *, surnames: bool = False) -> tuple[Attribution, str] | None:
    """(the byline, the title) of a head that opens with its authors; None when it does
    not. `surnames`: the list writes its heads so, and one surname alone is a byline."""
    named = _NAME_FIRST.match(raw.strip())
    if named is not None:
        # `**jemalloc — Jason Evans 2006, "A Scalable Concurrent malloc(3) …"**`: the name,
        # then the byline and the title; the entry goes by the name (or by the title that
        # opens with it: `Shenandoah: An open-source concurrent …`)
        inner = byline_head(named.group("rest"))
        if inner is not None and inner[0].authors:
            title = inner[1]
            name = named.group("name").strip()
            return inner[0], title if title.casefold().startswith(name.casefold()) else name
    quoted = _QUOTED_AFTER.match(raw.strip())
    if quoted is not None:  # `**Hinton et al., "Deep Neural Networks for Acoustic …"**`
        if re.fullmatch(r"(?i:the|a|an|our|my)", quoted.group("by").strip(" ,")):
            return None  # `**The "LLM with ears and a mouth"**`: an article, no one
        found, rest = cut(quoted.group("by"))
        if _SURNAME.match(quoted.group("by").strip()):  # `Kajiya, "The Rendering Equation"`
            found, rest = Attribution(authors=quoted.group("by").strip()), ""
        elif not found.authors and _SURNAME_LIST.fullmatch(quoted.group("by").strip(" ,")):
            # `**You, Li, Low, Lobell & Ermon, "Deep Gaussian Process for Crop Yield …"
            # (2017)**` (r144 blog): surnames alone, listed
            names = re.split(
                r",\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+", quoted.group("by").strip(" ,")
            )
            found, rest = Attribution(authors=cite_authors([n for n in names if n])), ""
        elif not found.authors and whole_names(quoted.group("by")):
            # `**Bram Cohen, "Patience Diff Advantages"**`: a person named in full (r76 notes)
            found, rest = Attribution(authors=whole_names(quoted.group("by"))), ""
        if found.authors and not rest.strip(" ,.;:"):
            where = Attribution()
            if quoted.group("where"):  # (`CGF 36(4)`: a volume's bracket is no citation)
                where = cut(re.sub(r"(?<=\w)\([^()]*\)", "", quoted.group("where")))[0]
            return found.merged(where), quoted.group("title")
    colon = _PEOPLE_COLON.match(raw.strip())
    if colon is not None:
        # `**Cooper, Harvey, Kennedy: A Simple, Fast Dominance Algorithm**` (r111 notes: "Who
        # made **Cooper, Harvey, Kennedy**? → Rice"): the people, a colon, then the title
        people = colon.group("people")
        found, rest = cut(people)
        # (never `**Predict, Refine, Synthesize: Self-Guiding Diffusion Models …**` (r165
        # blog, "Who made **TSDiff**? → Predict et al."): verbs, a title's head)
        if (
            found.authors
            and not rest.strip(" ,.;:")
            and _TITLE.match(colon.group("title"))
            and not has_verb_word(people)
        ):
            return found, colon.group("title")
    comma = _people_comma(raw.strip())
    if comma is not None:
        # `**Pelletier, Webb & Petitjean, TempCNN (2019)**`, `**Rußwurm & Körner, LSTMs for
        # crop identification (2017)**` (r144 blog: "What is **Garnot, Landrieu, Giordano &
        # Chehata, PSE-TAE**?"): the people, a comma, then the name
        return comma
    dash = _DASH.search(raw)
    if dash is None:
        return None
    left, title = raw[: dash.start()].strip(), raw[dash.end() :].strip()
    if not _TITLE.match(title):
        return None
    found, rest = cut(left)
    if found.authors and not rest.strip(" ,.;:"):
        if " " not in found.authors and found.year is None and not surnames:
            return None  # `Mamba — …`: a name cut alone is no byline
        return found, title
    if surnames and _SURNAME.match(left):
        return Attribution(authors=left), title
    return None


#: where a piece of writing appeared, as notes name it after its title (`LWN`), or what
#: kind of page it is (`kernel docs`, `GitHub`), then who wrote it and when
_SITE_BYLINE = re.compile(
    rf"^(?P<site>(?i:{POST_SITES})|"
    r"(?P<page>(?i:(?:kernel\s+|official\s+|project\s+)?docs|documentation|GitHub|"
    r"man\s+page|wiki|README)))"
    r"(?:,\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}))?"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?P<year>(?:19|20)\d\d))?$"
)
#: `Stoica & Abdel-Wahab, tech report TR-95-22, Old Dominion Univ., 1995`: surnames first,
#: then where, and the year last
_SURNAMES_THEN = re.compile(
    r"^(?P<who>(?:Ma?c)?[A-Z][\w'’-]+(?:\s*(?:&|and)\s*(?:Ma?c)?[A-Z][\w'’-]+)?"
    r"(?:\s+et\s+al\.?)?),\s+[^—–]*\b(?P<year>(?:19|20)\d\d)$"
)


def trailing_byline(raw: str) -> tuple[Attribution, str] | None:
    """(the byline, the title) of a head that ends with where the work appeared, who wrote
    it and when, after its last dash (r92 notes): `An EEVDF CPU scheduler for Linux — LWN,
    Jonathan Corbet, March 2023`, `The Linux Scheduler: a Decade of Wasted Cores — Lozi,
    Lepers, …, EuroSys 2016`, `CFS Scheduler — kernel docs`, `Linus Torvalds on git — Google
    Tech Talk (2007)`; None when nothing after the dash is a byline (`RFC 5782 — DNS
    Blacklists and Whitelists`, `Pro Git ch. 10.2 — Git Objects`, `MuQSS — Con Kolivas`)."""
    dashes = list(_DASH.finditer(raw))
    if not dashes:
        return None
    title, tail = raw[: dashes[-1].start()].strip(), raw[dashes[-1].end() :].strip(" .")
    if not title or not tail:
        return None
    site = _SITE_BYLINE.match(tail)
    if site is not None:
        who = whole_names(site.group("who")) if site.group("who") else ""
        year = int(site.group("year")) if site.group("year") else None
        where = "" if site.group("page") else " ".join(site.group("site").split())
        venue = f"{where} {year}" if where and year else where
        return Attribution(authors=who, year=year, venue=venue), title
    talk = _TALK.fullmatch(tail)
    if talk is not None:  # `Linus Torvalds on git — Google Tech Talk (2007)` (r93 notes)
        year = int(talk.group("year")) if talk.group("year") else None
        where = " ".join(talk.group("where").split())
        return Attribution(venue=f"{where} {year}" if year else where, year=year), title
    found, rest = cut(tail)
    # (a year or a venue with them: `DNS Blacklists and Whitelists` is no pair of people)
    if found.authors and (found.year or found.venue) and not rest.strip(" ,.;:"):
        return found, title
    surnames = _SURNAMES_THEN.match(tail)
    if surnames is not None:
        who = re.sub(r"\s*&\s*", " and ", surnames.group("who"))
        return Attribution(authors=who, year=int(surnames.group("year"))), title
    if found.authors and not rest.strip(" ,.;:") and _PEOPLE_ONLY.fullmatch(tail):
        # `An Empirical Evaluation of In-Memory Multi-Version Concurrency Control — Wu,
        # Arulraj, Lin, Xian, Pavlo`, `The Part of PostgreSQL We Hate the Most — Bohan Zhang &
        # Andy Pavlo` (r131 notes: the people kept in the name, no attribution card)
        return found, title
    # (two capitalised words alone are no byline: `MuQSS — Con Kolivas` reads as `Pro Git ch.
    # 10.2 — Git Objects` does, r93 notes: "Who made **Pro Git ch. 10.2**? → Objects")
    return None


#: people and no year: three surnames or more (`Wu, Arulraj, Lin, Xian, Pavlo`), two people
#: each with a first name (`Bohan Zhang & Andy Pavlo`), two surnames joined by `&`, or one
#: and others
_PEOPLE_ONLY = re.compile(
    r"(?:[A-Z][\w'’-]+,\s+){2,}(?:and\s+|&\s+)?[A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:&|and)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
    # (`Ports & Grittner`, `Selinger et al`: two surnames joined by `&`, or one and others)
    r"|[A-Z][\w'’-]+\s+&\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+et\s+al\.?"
)
#: a talk, where it was given and when: `Google Tech Talk (2007)`, `Strange Loop keynote, 2014`
_TALK = re.compile(
    r"(?P<where>(?:[A-Z][\w.-]*\s+){0,3}(?:Tech\s+)?(?i:talk|keynote|lecture|podcast))"
    r"(?:,?\s*\(?(?P<year>(?:19|20)\d\d)\)?)?"
)


def writes_bylined_heads(heads: Iterable[list[Run]]) -> bool:
    """Whether a list writes its entries' bold heads as `Byline — Title`: two at least
    read as such on their own (several authors, or one with a year), a third or more
    of the heads with a spaced dash."""
    dashed = bylined = 0
    for head in heads:
        raw = plain(lead_in(head))
        if not _DASH.search(raw):
            continue
        dashed += 1
        bylined += byline_head(raw) is not None
    return bylined >= 2 and bylined * 3 >= dashed


#: a person named in full (`Jason Gregory`, `Hans-Kristian Arntzen`, `Tomas Akenine-Möller`),
#: and where they worked or their handle in a bracket (`(Naughty Dog)`, `(skypjack)`)
# (the Slavic letters too: `Michał Zalewski`, r148 notes)
_FULL_NAME = (
    rf"(?:[A-Z][{NAME_LOWER}]+(?:-[A-Z][{NAME_LOWER}]+)?\.?\s+){{1,2}}(?:Ma?c|O['’])?"
    rf"[A-Z][{NAME_LOWER}]+(?:-[A-Z][{NAME_LOWER}]+)?(?:\s*\([^()]{{1,60}}\))?"
)
#: a company's last word, never a person's (`Postgres Professional`, `Dgraph Labs`)
_COMPANY_WORD = re.compile(
    r"\b(?:Professional|Inc|Ltd|Corp|Corporation|Company|Foundation|Studios?|Games|Software|"
    r"Technologies|Dynamics|Solutions|Consulting|Partners|Ventures|Media|Press|Labs?)$"
)
#: people named in full, then what the note says of the work's form: `Jason Gregory (Naughty
#: Dog), CRC Press / A K Peters, 2018`, `Carter Anderson + community, Rust, first release Aug
#: 2020`, `Michele Caini (skypjack), header-only C++17, since ~2017`
_SIGNED = re.compile(
    rf"(?P<people>{_FULL_NAME}(?:\s*(?:,|&|\band\b)\s*{_FULL_NAME})*)"
    # (a bracket may hold an abbreviation's stop: `(IFIP TC2 working conf., North-Holland)`,
    # r145 notes)
    r"(?:\s*\+\s*(?:the\s+)?(?:community|contributors|others|friends))?,\s+"
    r"(?P<rest>(?:[^.;!?()]|\([^()]*\))+)"
)
#: a clause, not a note on the work's form: `Yann LeCun, who …`, `Adi Shamir, famously, says …`
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|who|which|that|it|its|this|they|he|she|says?|said|"
    r"argues?|argued|shows?|showed|wrote|writes|calls?|called|notes?|explains?|introduces?|"
    r"introduced|proposes?|proposed|invented|coined|but|because)\b",
    re.IGNORECASE,
)
#: where a person worked, in their bracket: `(then engine director at Insomniac)`
_AT_ORG = re.compile(r"\bat\s+(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$")
#: an organisation's name: capitalised words (`Naughty Dog`, `Sony Computer Entertainment`)
_ORG_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&|and)){0,4}")


def signed_byline(text: str, *, leading: bool = False) -> Attribution | None:
    """The attribution of a note that names the work's people in full, then its form and
    when (r134 notes, each read as the work's gist: "What is **EnTT**? → Michele Caini
    (skypjack), header-only C++17, since ~2017"); None for anything else. A note without a
    year reads as one only where it leads the entry's notes (`leading`: `Brian Karis (Epic),
    Physically Based Shading course`, its venue cut before)."""
    signed = _SIGNED.fullmatch(text.strip(" ."))
    if signed is None:
        return None
    rest = re.sub(r"\([^()]*\)", "", signed["rest"])
    # (`Michał Zalewski (lcamtuf), first released late 2013 while he was at Google` (r148
    # notes, AFL's gist): where the person was then, no clause of its own)
    rest = re.sub(
        r"\s+while\s+(?:he|she|they)\s+(?:was|were)\s+at\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*$",
        "",
        rest,
    )
    fragments = [f for f in re.split(r"\s*[,/]\s*", rest) if f.strip()]
    if (
        len(rest.split()) > 12
        or any(len(f.split()) > 6 for f in fragments)
        or _CLAUSE_WORD.search(rest)
        or (year_in(rest) is None and not leading)
    ):
        return None
    people, labs = [], []
    for person in re.finditer(_FULL_NAME, signed["people"]):
        name, _, bracket = person.group(0).partition("(")
        name = name.strip()
        lab = lab_in(name, loose=True)
        if lab or is_publisher(name):
            labs.append(lab)  # `Leslie Lamport, Microsoft Research, 1998`: where, no person
            continue
        if not whole_names(name) or _COMPANY_WORD.search(name):
            return None  # `Information Theory, Inference, and …`: a title's words, no one
        people.append(name)
        bracket = bracket.rstrip(") ")
        at = _AT_ORG.search(bracket)
        if at is not None:
            labs.append(at["org"])
        elif bracket and _ORG_NAME.fullmatch(bracket):
            labs.append(bracket)
    labs = [lab for lab in labs if lab]
    if not people:
        return None
    where = cut(rest)[0]
    return Attribution(
        authors=cite_authors(people),
        lab=labs[0] if len(set(labs)) == 1 else "",
        year=year_in(rest),
        venue=where.venue,
    )
