"""Who made a thing and when: authors, lab, year and venue read out of a list's text.

Lists write it in many ways — `Vaswani et al. (Google, 2017).`, `Radford et al.,
2019.`, `(Author et al. Year)`, `"Title", NeurIPS 2017`, `Nvidia's take on …`,
`2020 Meta RAG paper`. It is the entry's metadata, never its fact: `cut` takes
it out of a sentence and returns what it said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from srs.reading.model import Attribution
from srs.reading.orgs import (
    COURSE_SITES,
    JOURNAL_NAME,
    LAB_NAMES,
    LAB_SITES,
    LABS,
    MODEL_SUFFIX,
    PUBLISHING_PLACES,
    VENUE_NAMES,
    VENUE_PATTERN,
    VENUES,
)
from srs.reading.phrases import (
    IMPRINT,
    STOPWORDS,
    compiled,
    is_generic_link_text,
    partition_outside_brackets,
)
from srs.reading.remarks import MONTH
from srs.reading.sentences import JOURNAL_WORDS, sentences
from srs.reading.vancouver import GIVEN_NAMES, vancouver_byline
from srs.reading.vancouver import SOURCE as VANCOUVER_SOURCE
from srs.text import NAME_LOWER, NAME_UPPER, clean_space

__all__ = [
    "AWARD",
    "BLOG_WORDS",
    "JOURNAL_ABBREVIATION",
    "LABS",
    "PEOPLE_CITED",
    "POST_SITES",
    "QUOTED_TITLE",
    "RELEASED",
    "VENUES",
    "author_list",
    "byline",
    "cite_authors",
    "cut",
    "inverted_byline",
    "is_publisher",
    "lab_in",
    "named_by_place",
    "place_after_title",
    "surname_alone",
    "surnames_bracket",
    "year_in",
]

# from Darwin (1859) and Hardy (1908) on; never a page before the year (`PRL 70, 1895, 1993`)
#: (never a page after its volume: `*Cell* 167:1853 (2016)` (r140 table, "Who made
#: **Perturb-seq**? → Dixit et al., 1853"))
_YEAR = r"(?<!\d:)(?<!\d:\s)(?:1[89]\d\d|20[0-4]\d)(?!,\s*(?:1[89]|20)\d\d\b)"
_VENUE = VENUE_PATTERN
_LAB = "|".join(re.escape(lab) for lab in sorted(LABS, key=len, reverse=True))
#: the last word of a blog's or a newsletter's name (`Mozilla Hacks`, `V8 Blog`): where a
#: post appeared, never a surname
BLOG_WORDS = r"Blog|Blogs|Hacks|Newsletter|Podcast|Weekly|Digest|News"
#: the sites a post or an article appears on by name (`nostalgebraist, LessWrong, Aug 2020`,
#: `— LWN, Jonathan Corbet, March 2023`)
POST_SITES = (
    r"LessWrong|(?:the\s+)?(?:AI\s+)?Alignment\s+Forum|Substack|Medium|LWN(?:\.net)?|Phoronix|"
    r"IBM\s+developerWorks"
)
# words that are never a surname: organisations, small words, and words of paper titles
# (`In-context Learning and Induction Heads` is no byline)
_NO_NAME = (
    # (`(Iowa State, ICSE 2023)` (r87 awesome): a university, never a Mr State)
    r"(?:University|Institute|Lab|Labs|Laboratory|College|School|Department|Research|State|"
    r"Enterprises?|Team|Group|Center|Centre|Workshop|Proceedings|Journal|Conference|The|In|On|"
    # (`(Ant Financial, 2018)`, `Vesta Corporation & IEEE …` (r140 awesome): a company, never
    # a Mr Financial)
    r"Financial|Corporation|Corp|Inc|Ltd|LLC|GmbH|Bank|Capital|Payments|Insurance|"
    # (`(Pincus, Macromolecules 1976)` (r114 glossary, "Pincus and Macromolecules"): a journal
    # named by one word, never a person)
    r"Macromolecules|Biochemistry|Econometrica|Biometrika|Automatica|Psychometrika|"
    r"Neuron|Genetics|Evolution|Ecology|Circulation|Immunity|Oncogene|Radiology|Genomics|"
    # (`William L. Hamilton, Morgan & Claypool Synthesis Lectures` (r141 table, "Hamilton and
    # Lectures"): a publisher's series)
    r"Lectures|Synthesis|"
    # (`Hippocratic Corpus, *On the Sacred Disease*` (r169 syllabus, "Who made it? →
    # Corpus"), `(Oxford World's Classics, 1997)`, `(Manchester Medieval Sources, …)`: a
    # body of writings, a publisher's series — never a Mr Corpus)
    r"Corpus|Classics|Sources|"
    # (`(Tencent AI Lab, 2024). Persona Hub.` (r172 blog, "Hub (Tencent AI Lab)"): a
    # product's word, never a Mr Hub)
    r"Hub|Zoo|Arena|Gym|"
    # (`**AlphaGo Zero (2017).**` (r140 blog, "(Zero, 2017)"), `Google Project Zero & Google
    # DeepMind` (r87 awesome, "Zero (Google DeepMind)"): a name's suffix, never a Mr Zero)
    rf"{MODEL_SUFFIX}|"
    r"For|And|With|From|This|That|These|See|Also|Our|Note|Paper|Papers|Section|"
    r"Learning|Heads?|Models?|Networks?|Attention|Language|Transformers?|Neural|Deep|"
    r"Circuits?|Induction|Framework|Systems?|Data|Training|Reasoning|Vision|Graphs?|"
    r"Agents?|Memory|Scaling|Laws?|Images?|Text|Speech|Audio|Video|Policy|Reward|"
    r"Inference|Generation|Retrieval|Search|Optimization|Analysis|Detection|"
    r"Segmentation|Recognition|Representations?|Embeddings?|Features?|Tasks?|"
    r"Benchmarks?|Survey|Introduction|Problems|Limits|Limitations|Safety|Alignment|"
    r"Interpretability|Superposition|Toy|Open|Fundamental|Mathematical|Part|Update|"
    r"Modeling|Preferences|Feedback|Human|Humans|Robustness|Security|Attacks?|"
    # `…: Challenges, Methods, and Future Directions`: a subtitle's words
    r"Challenges|Methods?|Directions|Future|Approaches|Perspectives|Applications|"
    r"Advances|Opportunities|Trends|Lessons|Principles|Foundations|Theory|Practice|"
    # `Natural Language Engineering`, `Machine Learning`: a journal's words
    r"Natural|Machine|Engineering|Computing|Computational|Statistical|Artificial|"
    # `Insilico Medicine`, `J. Cheminformatics`: a company's or a journal's field
    r"Medicine|Science|Sciences|Chemistry|Cheminformatics|Bioinformatics|Biology|"
    r"Pharmacology|Physics|Informatics|Therapeutics|Genomics|Biomedicines?|Biosciences|"
    r"Pharmaceuticals?|Biotech|Biologics|"
    # `(Morgan Kaufmann, 2022)`, `(MIT Press, 2016)`: a publisher, never people
    r"Elsevier|Addison|Prentice|Packt|Apress|"
    # `Simple Online and Realtime Tracking`: a title's words, never people
    r"Online|Offline|Realtime|Real-time|Simple|Robust|Efficient|Scalable|Unified|Tracking|"
    r"Towards|Improved|Rethinking|Revisiting|"
    # `*Educational Researcher*`, `*Psychological Review*`: a journal's last word
    r"Researcher|Quarterly|Review|Reports|Letters|Magazine|Bulletin|"
    # (`(Computers and Games 2006)` (r179 glossary, "Who made **MCTS**? → Computers and
    # Games"): a conference's words)
    r"Computers|Games|"
    # `(*Aerodynamics*, 1907)` (r101 glossary), `Mathematics, 2014`: a field, never a surname
    r"[A-Z][a-z]+ics|"
    # (`(*The Unified Neutral Theory of Biodiversity and Biogeography*, 2001)` (r165 glossary,
    # "Biodiversity and Biogeography" read as people): a field's or a quality's name
    r"[A-Z][a-z]+(?:graphy|ology|ivity|rsity)|"
    # `Nobel 1996` (r81 glossary): a prize, never a person's byline; `(Mayo Clinic, …)`: a
    # hospital's name
    r"Nobel|Clinic|Hospital|Medical|Health|"
    # `2019 Nobel Prize.` (r84 glossary): "Prize, 2019" as its authors
    r"Prize|Award|Medal|"
    # `Lin Clark, Mozilla Hacks, Aug 2017` (r88 notes): a blog's name, never Mr Hacks
    rf"{BLOG_WORDS}|"
    # `CoRR, 2021`: arXiv's computing repository, where it appeared
    r"CoRR)\b"
)
_NOT_SURNAME = rf"(?!{_NO_NAME})"
_TITLE_WORD = re.compile(_NO_NAME)
_PARTICLE = r"(?:van|de|der|den|von|da|di|du|le|la|las|los|al|dos|del)"  # (`de las Casas`)
# a capitalised word with a lower-case letter in it (`Jouppi`, `Harchol-Balter`), matched one
# way only: `[A-Z]\w*[a-z]\w*` matches a word as many ways as it has lower-case letters, and
# a long list of capitalised words then takes exponential time to fail
_UPPER = NAME_UPPER
_WORD_NAME = rf"[{_UPPER}](?=[\w'’\-]*[{NAME_LOWER}])[\w'’\-]*+"
_SURNAME = rf"{_NOT_SURNAME}(?:(?i:{_PARTICLE})\s){{0,2}}{_WORD_NAME}"  # (`Van Gool` too)
_AUTHORS = rf"{_SURNAME}(?:\s+et\s+al\.?|\s*(?:,\s*{_SURNAME}\s*)*(?:,?\s*(?:and|&)\s+{_SURNAME}))"
_AUTHORS_ALONE = rf"(?:{_AUTHORS}|{_SURNAME})"
# `Vaswani et al. (Google, 2017)`, `Radford et al., 2019`, `Vaswani et al. 2017`
_CITATION = re.compile(
    rf"(?P<authors>{_AUTHORS})\s*(?:\((?P<inner>[^()]*?{_YEAR}[^()]*?)\)|,?\s*(?P<year>{_YEAR}))"
)
# `(Vaswani et al., 2017)`, `(Author et al. Year)`, `(Google, 2017)`, `(NeurIPS 2017)`
#: a byline, a comma, then the bracket a title taken out left behind
_AUTHORS_BEFORE_BRACKET = re.compile(rf"^\s*(?P<authors>{_AUTHORS}),\s*(?=\()")
#: two surnames, a comma between, then where and when: `Graham, van der Maaten (FAIR), 2017`
#: (r145 table, the whole byline asked as the gist)
_TWO_BEFORE_WHERE = re.compile(
    rf"^[\s—–-]*(?P<authors>{_SURNAME},\s*{_SURNAME})\s*(?=\([A-Z][^()]{{0,40}}\)\s*,\s*{_YEAR}\b)"
)
#: three surnames or more, commas only, right before a bracket with a year
_SURNAMES_BEFORE_BRACKET = re.compile(
    rf"^[\s—–-]*(?P<authors>{_WORD_NAME}(?:,\s*{_WORD_NAME}){{2,}})\s*(?=\([^()]*\b{_YEAR}\b)"
)
#: (a journal's issue in it, `Sociometry 40(1):35–41`, is no bracket of its own)
_PAREN = re.compile(
    rf"\((?P<inner>(?:[^()]|\(\d{{1,3}}\))*?\b{_YEAR}\b(?:[^()]|\(\d{{1,3}}\))*?)\)"
)
_BARE_AUTHORS = re.compile(
    rf"(?:^|(?<=[\s(—–-]))(?P<cut>(?:by\s+)?(?P<authors>{_SURNAME}\s+et\s+al\.?))"
)
#: a sentence's word in lower case (not one that hands over to a byline) right before
#: people named inside it: `made Rudin et al. possible`, `next to Miki et al. below`
_WORDS_AROUND = re.compile(r"(?<![\w-])(?!(?:by|from|and|with|see|cf|also)\s)[a-z]{2,}\s+$")
#: `by Yang, Swanson, Jin, ` before `Coley et al.`: the names before the last, after `by` or
#: where the text (or its bracket) opens
_NAMES_BEFORE = re.compile(
    # (`— Muennighoff, Soldaini, Groeneveld, Lo et al.`: or after the dash that opens it, r77)
    # (`[Big Transfer (BiT): …](…) (ECCV 2020), Kolesnikov, Beyer, Zhai et al.` (r102
    # table, "Who made BiT? → Zhai et al."): or after the venue's bracket)
    # (`*Griffin: … Language Models* ([arXiv](…)), De, Smith, Fernando et al.` (r178 blog,
    # "Fernando et al."): or after the title's last word and its comma)
    # (`(Octo Model Team: Ghosh, Walke, …, Mees et al.` (r137 table): or after a team's colon)
    rf"(?:(?<![^\s(])by\s+|^[\s—–,-]*|(?<=\()|(?<=\),\s)|(?<=[a-z]{{3}},\s)|(?<=[a-z]{{3}}\s,\s)"
    rf"|(?<=[a-z]:\s))"
    rf"(?P<first>{_SURNAME})\s*,\s*"
    # (`(Black, Brown, Driess, ..., Finn, Levine et al.)` (r120 table): names left out)
    rf"(?:(?:{_SURNAME}|\.\.\.|…)\s*,\s*){{0,12}}$"
)
# `it's Williams 1992`: a surname and a year after a word that introduces them
_SAYS_AUTHOR = re.compile(
    r"\b(?:it['’]s|by|from|see)\s+(?P<authors>[A-Z][a-z]+),?\s+(?P<open>\()?(?P<year>(?:19|20)\d\d)\b"
    r"(?(open)\))"
)
# `Lamport (1978).` at the start of a text: one author and a year
_LEAD_AUTHOR = re.compile(
    rf"^\s*(?P<authors>{_SURNAME}(?:\s*(?:&|\band\b)\s*{_SURNAME}|\s+et\s+al\.?)?)"
    rf"\s*\((?P<year>{_YEAR})\)"
)  # `Pearson & Lipman (1988), "…"`
# `Nvidia's take`, `from Google`, `by Microsoft Research`; `from Alec Radford`
_MADE_BY = re.compile(
    r"(?<!used )(?<!adopted )(?<!supported )(?<!recommended )(?<!acquired )(?<!backed )"
    r"(?<!adoption )(?<!funded )(?<!followed )(?<!overtaken )(?<!replaced )(?<!inspired )"
    r"(?<!superseded )(?<!superceded )(?<!beaten )(?<!use )(?<!covered )(?<!released )"
    # (not `from Baidu's blog post`: something of the lab's, taken from it)
    rf"(?:\b(?:from|by)\s+)(?P<lab>{_LAB})(?![\w-])(?!['’]s?\s)"
)
_FROM_PERSON = re.compile(
    # (not `Edition by David R. Wilkins.` (r163 syllabus, *The Analyst* credited to him): who
    # edited, translated or introduced a work, not who wrote it)
    r"(?<![Ee]dition )(?<![Ee]dited )(?<![Tt]ranslated )(?<![Tt]ranslation )(?<![Aa]nnotated )"
    r"(?<![Cc]ommentary )(?<![Ff]oreword )(?<![Ii]ntroduction )(?<![Nn]otes )"
    r"\b(?:from|by)\s+(?P<person>[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][\w'’-]+)\s*[.,;]?\s*$"
)
# `NeurIPS 2017`, `CRYPTO '98`, `TOPLAS 13(4), 1991` (a volume and issue before the year);
# two digits are a year only after an apostrophe (`TOPLAS 13` is a volume)
_VOLUME = r"(?:\d{1,4}(?:\(\d{1,3}\))?[,:]?\s+)?"
_SHORT_YEAR = rf"(?:{_YEAR}|(?<=['’])\d\d)"
# `ESEC/FSE 2005`, `SIGMOD/PODS 2010`: two venues held jointly are one
#: who holds a venue, said before it: `ACM CCS 2014`, `ASIA CCS 2017`, `ACM SIGSAC CCS`
_SPONSOR = r"(?:(?:ACM\s+SIGSAC|ACM/IEEE|IEEE/ACM|ACM|IEEE|USENIX|ASIA|Asia|AsiaCCS)\s+)"
_VENUE_YEAR = re.compile(
    # (a journal's whole name, never its last word: `*Social Studies of Science* 23(3),
    # 1993`, r161 syllabus, "Who made **Engineering Knowledge**? → Forsythe, Science 1993")
    # (`*Minnesota Studies in the Philosophy of Science* 9, 1978` (r164 syllabus, "Block,
    # Philosophy of Science 1978"): a series named for a journal's field)
    r"(?<![\w/])(?P<venue>(?:(?:[A-Z][a-z]+\s+){1,3}in\s+the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+){1,4}of\s+(?=(?:Science|Nature|Medicine)\b))?"
    rf"{_SPONSOR}?(?:[A-Z][A-Za-z]*/)?(?:{_VENUE})(?:/[A-Z][A-Za-z]*)?)"
    rf"\s*{_VOLUME}['’]?(?P<year>{_SHORT_YEAR})\b"
)
#: `(IEEE Micro, 2018)`, `(CACM, 2020)`: in a bracket, a venue and its year a comma apart
#: (never a lab's last word: `(Microsoft Research AI for Science, 2023; …)`, r94 table)
_VENUE_COMMA_YEAR = re.compile(rf"(?<![\w/])(?<!\bfor\s)(?P<venue>{_VENUE}),\s+(?P<year>{_YEAR})\b")
# (never a university's press: `Cambridge UP`, r161 syllabus, "Nilsson (Cambridge)")
_LAB_RE = re.compile(rf"(?<![\w-])(?P<lab>{_LAB})(?![\w-])(?!\s+(?:Press|U\.?P\b))")
_POSSESSIVE = re.compile(rf"(?<![\w-])(?P<lab>{_LAB})['’]s?(?=\s)")
_YEAR_RE = re.compile(rf"(?<![\w.-]){_YEAR}(?![\w-]|\.\d)")
_DATE = re.compile(rf"(?<![\w.-])(?P<date>{_YEAR}(?:[-/.](?:0?[1-9]|1[0-2]))?)(?![\w-])")
_LABS_AND_VENUES = LAB_NAMES | VENUE_NAMES
#: a pronoun first: a title's words (`Me, Myself, and AI`), never people
_PRONOUN_HEAD = re.compile(r"\s*(?:Me|Myself|You|Yourself|We|Us|They|Them|It|I)\b(?!\.)")
_LEFTOVER = re.compile(r"^[\s,;:.\-–—()]*$")
#: after a venue and its year, the papers it holds: ` Spotlight/Oral papers`, ` submissions`
_OTHERS_PAPERS = re.compile(
    # (and `The ICLR 2024 reject that launched a thousand arXiv papers` (r167 table, "Mamba,
    # ICLR 2024"): where it was turned down)
    r"\s+(?:[\w/-]+\s+){0,2}(?:papers|submissions|reviews|abstracts|tasks|rejects?|rejected|"
    r"rejections?)\b",
    re.I,
)
#: a bracket on who owns a work now: `(Cisco bought them 2024)`, `(acquired by Intel, 2019)`
_OWNERSHIP = re.compile(r"\b(?:bought|acquired|acquisition|sold|spun\s+(?:off|out))\b", re.I)
# `Jouppi, N. P. et al.`, `Yu, G.-I., Jeong, J. S.`: a reference list's initials after a
# surname, dropped so that the surnames read as a byline (`Jouppi et al.`, `Yu, Jeong`)
# one word: `Jouppi`, `Ré`, `O'Brien`
_SURNAME_WORD = rf"\b[{_UPPER}](?=[^\W\d_]*[{NAME_LOWER}]|['’][{_UPPER}][{NAME_LOWER}])[\w'’\-]*+"
_INITIALLED = (
    # (`N. J. van Eck`: a particle before the surname)
    rf"[{_UPPER}]\.\s?(?:-?[{_UPPER}]\.\s?)*\s*(?:(?:{_PARTICLE})\s+){{0,2}}"
    # (`M. K. O'Malley`: a surname with an apostrophe after its first capital)
    rf"[{_UPPER}](?:['’][{_UPPER}])?[^\W\d_]*[{NAME_LOWER}][\w'’\-]*"
    rf"(?:\s[{_UPPER}][{NAME_LOWER}][\w'’\-]*(?=\s*(?:,|&|\band\b)))?"
)
#: `T. Lozano-Pérez,`, `[R] J. J. Kuffner and S. M. LaValle,`: people by their initials,
#: first (after a syllabus's marker: `[R]` required, `[O]` optional)
#: a journal's abbreviated name, never an initialled person: `J. Org. Chem.`, `J. Am. Chem.
#: Soc.`, `Phys. Rev. Lett.`, `Angew. Chem.`
JOURNAL_ABBREVIATION = re.compile(
    r"^(?=(?:[A-Z]\.\s*)*(?:Org|Chem|Phys|Rev|Lett|Soc|Am|Biol|Med|Sci|Proc|Trans|Angew|Nat|"
    # (`[J. Hydrol.](…)` (r136 glossary, "Who made **HBV**? → Hydrol"): earth-science journals)
    r"Hydrol|Geol|Geophys|Atmos|Meteorol|Clim|Oceanogr|Environ|Resour|Ecol)\.)"
    r"(?:(?:[A-Z]|Org|Chem|Phys|Rev|Lett|Soc|Am|Biol|Med|Sci|Comput|Math|Stat|Appl|"
    r"Res|Nat|Proc|Trans|Acad|Eng|Mol|Inst|Angew|Int|Ann|Annu|Astron|Astrophys|Geophys|"
    r"Neurosci|Immunol|Natl|Commun|Mech|Opt|Syst|Inf|Theor|Econ|Psychol|Ecol|Evol|Genet|"
    r"Pharm|Cryst|Catal|Polym|Mater|Anal|Hydrol|Geol|Meteorol|Clim|Oceanogr|Environ|Resour)"
    r"\.\s*)+"
)
_INITIALLED_BYLINE = re.compile(
    # (after a list's dash: `[Title](…) - H. McGurk, J. MacDonald (University of Surrey, 1976)`)
    rf"^[\s\-–—]*(?:\[[A-Za-z*]{{1,3}}\]\s*)?(?P<names>{_INITIALLED}(?:\s*(?:,\s*(?:and\s+)?|&|\band\b)\s*"
    rf"(?:{_INITIALLED}|{_SURNAME_WORD}(?=\s*(?:,|&|\band\b|\s[—–]\s))))*)"
    r"\s*(?=,|\.\s|\.?$|\s[—–]\s|\()"
)
#: `Edgar, R.C.`, `Li, H.`, `Felsenstein, J.`: people by their surnames, then initials
_SURNAME_WORDS = rf"(?:(?i:{_PARTICLE}|della)\s){{0,2}}{_SURNAME_WORD}"  # `Della Pietra`
# (`Daumé III, H.`: a generational suffix after the surname)
_SURNAME_INITIALS = (
    rf"{_SURNAME_WORDS}(?:\s(?:II|III|IV|Jr\.?|Sr\.?))?,\s+"
    rf"(?:[{_UPPER}]\.\s?(?:-?[{_UPPER}]\.\s?)*)"
)
_SURNAME_FIRST_BYLINE = re.compile(
    rf"^\s*(?:\[[A-Za-z*]{{1,3}}\]\s*)?(?P<names>{_SURNAME_INITIALS}"
    rf"(?:\s*(?:,\s*)?(?:&|\band\b)?\s*{_SURNAME_INITIALS})*)"
    # `Jullien, B., A. Pavan and M. Rysman`: the later authors given names first (r78)
    rf"(?P<others>(?:\s*,\s*[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*\s*{_SURNAME_WORDS}"
    rf"(?=\s*(?:,|&|\band\b)))*)"
    # `Angrist, J. D. and J.-S. Pischke (2009)`: the last author given name first
    rf"(?:\s*,?\s*(?:&|\band\b)\s*[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*\s*"
    rf"(?P<last>{_SURNAME_WORDS}))?"
    r"(?P<more>\s*,?\s*et\s+al\.?)?\s*(?=[.,\"“(*]|[A-Z]|(?:19|20)\d\d\b|$)"
)
#: a sentence after a citation (`… 1986. The original potential fields paper`)
_SENTENCE_LEFT = re.compile(r"\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b")
_INITIALS_AFTER = re.compile(
    # (not `Tillet, H. T. Kung`: initials before a surname are the next person's)
    rf"(?P<surname>{_SURNAME_WORD}),\s+(?:[A-Z]\.(?:\s?-[A-Z]\.)?\s?)+(?=[,&]|\s|$)"
    # (nor `Bai, J. Zico Kolter, …`: a given name may come between; `Berit Janssen, W. Bas de
    # Haas, …` (r162 syllabus, "de Haas et al."): and a particle before the surname)
    r"(?!\s*(?:[A-Z]\.\s?)*[A-Z][\w'’-]*[a-z][\w'’-]*"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]*[a-z][\w'’-]*)?"
    # (`…, V. T. Rajan.`: the last name, its full stop; `Himanshu Kumar, P. S. Sastry (IISc,
    # AAAI 2017)` (r89 awesome): the last name, its bracket)
    # (`David F. Bacon, Perry Cheng, V. T. Rajan — POPL 2003` (r164 notes, "Bacon and
    # Rajan"): the last name, the dash before where it appeared)
    r"\s*(?:,|&|\band\b|\.\s|\.?$|\(|[—–]\s))"
)
# `ICLR 2018 best paper`, `(test of time award)`: an award, not an author
#: an award a paper won (`Best Paper Award`, `test of time`, an oral slot)
AWARD = re.compile(
    r"\b(?:best|outstanding|distinguished)(?: student)? paper(?: award)?"
    r"(?:,?\s+honou?rable mention)?|\btest of time(?: award)?|\bhonou?rable mention"
    r"|\b(?:oral|spotlight)\b",
    re.IGNORECASE,
)
_AT_LAB = re.compile(rf"\bat\s+(?=(?:{_LAB})(?![\w-]))")
_VENUE_ALONE = re.compile(rf"(?<![\w-])(?:{_VENUE})(?![\w-])")
# a bracket's authors come before its year or a comma (`Hinton et al. 2015`, `Reed, 1978`),
# never a capitalised word opening a remark (`(Fun fact: … 2014)`)
_INNER_AUTHORS = re.compile(rf"\s*(?P<authors>{_AUTHORS_ALONE})\b(?=\.?\s*(?:[,;&(]|{_YEAR}|$))")
_DASH = re.compile(r"\s[—–]\s")
#: a title in quotes (eight characters or more): what a paper is called, never a claim
QUOTED_TITLE = re.compile(r"[\"“][^\"“”]{8,}[\"”]")
# (`Peter F. Brown et al.` (r161 syllabus, a work named "Peter F."): its initials too)
_GIVEN_NAME = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<given>[A-Z][{NAME_LOWER}]+)(?:\s+(?:[A-Z]\.\s?)+)?\s+$"
)
# `Reynolds, John C.`: a surname, then a given name with initials (one author)
_GIVEN_AFTER = re.compile(
    rf"(?P<surname>{_SURNAME_WORD}),\s+[A-Z][{NAME_LOWER}]+(?:\s+[A-Z]\.)+"
    # (`Greenberg, Joseph H. 1963. "Some universals of grammar …"` (r160 syllabus, made by
    # no one): the year right after the initial)
    r"(?=\s*(?:[,;.\"“(]|$|(?:1[89]|20)\d\d\b))"
)
#: `Theoretical Computer Science 50(1), 1987.`, `Transactions of the AMS 146, 1969`: a
#: journal (capitalised words), its volume (and issue, pages), a comma, its year
_JOURNAL_VOLUME_YEAR = re.compile(
    r"^\s*(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|on|in|for|the|&)){0,8})"
    # (`IEEE Trans. Computers C-28(9), 1979`: a volume with its series' letter)
    r"\s+(?:(?:ch\.|chapter|vol\.)\s*)?(?:[A-Z]-)?\d{1,4}(?:[–-]\d{1,4})?(?:\s*\(\d{1,4}(?:[–-]\d{1,4})?\))?"
    # (`Behavioral and Brain Sciences 40, e253, 2017` (r91 syllabus): an article number)
    # (`Genome Biology 10:R25 (2009)` (r109 syllabus): an article's letter, a bracketed year)
    rf"(?:[,:]\s*(?:pp\.\s*)?[eR]?\d+(?:[–-]\d+)?)?(?:,\s+(?P<year>{_YEAR})|\s*\((?P<bracketed>{_YEAR})\))"
    r"\.?\s*$"
)


def _journal_volume_year(text: str) -> re.Match[str] | None:
    """`_JOURNAL_VOLUME_YEAR`, but a bracketed year only after a journal's whole name (`Nat.
    Commun. 13, 2453 (2022)` split at `Nat.` leaves `Commun.`, r59 table)."""
    found = _JOURNAL_VOLUME_YEAR.match(text)
    if found is not None and found["bracketed"] and "." in found["journal"]:
        return None
    return found


_ABBREVIATED_JOURNAL = re.compile(
    r"\b(?:Proc|Trans|Ann)\.(?:\s+(?:of\s+)?[A-Z][\w.]*){1,5}(?:\s+\d{1,4}(?:\s*\(\d{1,3}\))?)?"
)
#: more people after initialled ones, by their whole names or as `et al.`
_MORE_NAMED = re.compile(
    r"(?:\s*,\s*(?:and\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+(?=\s*(?:,|\(|$)))+"
    r"(?:\s*,?\s*et\s+al\.?)?|\s*,?\s*et\s+al\.?"
)
_ISSUE_BRACKET = re.compile(r"\s*\((?:[A-Z][\w&.]*\s+){1,4}\d{1,4}\s*\(\d{1,3}\)\)")
#: `, Neural Computation 3(1):79–87`: a journal after a comma, its volume (issue) and pages
_JOURNAL_PAGES = re.compile(
    r",\s+(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|on|in|for|the|&)){0,6})"
    r"\s+\d{1,4}(?:\s*\(\d{1,4}(?:[–-]\d{1,4})?\))?:\s*\d+[–-]\d+(?=[.,;]?(?:\s|$))"
)
#: `TPHOLs 2005.`, `Scheme and Functional Programming Workshop 2006.`: a venue no list of
#: venues knows, alone with its year — an acronym's capitals, or a workshop's, a
#: symposium's or a conference's name
_OTHER_VENUE_YEAR = re.compile(
    r"^\s*(?P<venue>[A-Z]\w*[A-Z]\w*|(?:[A-Z][\w-]*\s+(?:and\s+|on\s+|of\s+)?){1,5}"
    rf"(?:Workshop|Symposium|Conference|Colloquium))\s+(?P<year>{_YEAR})\.?\s*$"
)
#: where and when after a reference's title, where no list of venues knows the place:
#: `Electronic Journal of Statistics, 2023.`, `(2nd ed.), MIT Press, 2000`, `MIT Press, 2017
#: (open access).`, `arXiv 2019.`, `(2022, arXiv)` (a bracket of a few words may follow)
_WHERE_YEAR = re.compile(
    r"^[\s,.\"“”]*(?:\((?:\d{1,2}(?:st|nd|rd|th)\s+ed\.|[\w ]{1,12}edition)\)[\s,]*)?"
    r"(?:(?P<where>arXiv|[A-Z][\w&/'’.-]*(?:\s+(?:[A-Z][\w&/'’.-]*|of|and|&|for|on|in|the)){0,7})"
    rf",?\s+(?P<year>{_YEAR})(?![\d–-])"
    rf"|\((?P<year2>{_YEAR}),\s*(?P<where2>arXiv|preprint|[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){{0,3}})\))"
    r"(?:\s*\([\w ]{1,20}\))?(?=[\s.,;—–]|$)"
)
#: a part of a work: a chapter, a section, pages
_PART = r"(?:chapters?|ch\.|chs\.|sections?|secs?\.|§§?|pp?\.|pages?)"
#: `, Chapters 1–3 (definitions of causal effects …)`: which parts of a work to read
_PARTS_TO_READ = re.compile(
    rf",\s*{_PART}\s*\d+(?:\s*[–,-]\s*\d+)*"
    r"(?:\s*\([^()]*\))?"
    # (`ch. 2 (projective plane), 4.1–4.2 (DLT …) and 6–7 (camera models, …)` (r114
    # syllabus, the rest asked as the book's gist): the further parts after the first)
    # (`Ch. 2 (…) and Sec. 3.1 (chroma features)` (r157 syllabus, "Müller and Sec"): each
    # part may say what kind it is)
    rf"(?:(?:,|\s+and)\s*(?:{_PART}\s*)?\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?"
    r"(?:\s*\([^()]*\))?)*",
    re.IGNORECASE,
)
#: a word that names a place of publication: a journal's, a publisher's, a preprint server's
_PLACE_WORD = re.compile(
    r"\b(?:arXiv|preprint|Press|Journal|Transactions|Trans\.|Review|Letters|Proceedings|"
    r"Annals|Quarterly|Magazine|Surveys|Statistics|Statistician|Science|Research|University|"
    r"Publishers|Publishing|Springer|Wiley|Elsevier|CRC|Books|Report|Econometrica|Biometrika|"
    r"Biometrics)\b"
)


@lru_cache(maxsize=32)
def _venue_year(text: str) -> re.Match[str] | None:
    """`_VENUE_YEAR.search(text)`, remembered for the last few texts: a byline is asked for
    its venue by several readers (six in seven calls on the bundled list repeat one of the
    last few). A few dozen: never more than one entry's worth."""
    return _VENUE_YEAR.search(text)


def _place_and_year(text: str) -> tuple[int, str, int] | None:
    """(where it ends, the place, the year) of where and when at the start of `text` (see
    `_WHERE_YEAR`), when the place is one by its word (`_PLACE_WORD`); else None."""
    placed = _WHERE_YEAR.match(text)
    if placed is None:
        return None
    where = placed.group("where") or placed.group("where2")
    if not _PLACE_WORD.search(where):
        return None
    return placed.end(), where, int(placed.group("year") or placed.group("year2"))


#: `ACM SIGACT News, 2002.`, `IEEE Computer, 2012.`, `OPODIS 2014. [tech report pdf](…)`: a
#: place of publication (capitalised words, a journal's volume) and its year, alone — what
#: follows a quoted title whose byline stood before it (a link's label or a bracket may follow)
_PLACE_AFTER_TITLE = re.compile(
    # (`arXiv preprint, 2023.` (r88 syllabus): a preprint server's lower-case first letter)
    r"^\s*[*_]*(?P<where>(?:[A-Z][\w&/'’.!-]*|arXiv|bioRxiv|medRxiv)"
    r"(?:\s+(?:[A-Z][\w&/'’.!-]*|of|and|&|for|on|in|the|preprint)){0,7})"
    # (`Transformer Circuits Thread (Anthropic), 2022. transformer-circuits.pub` (r91
    # syllabus): whose the place is, and its site's address after)
    rf"[*_]*(?:\s+\([^()]+\))?,?\s+(?:\d{{1,4}}(?:\(\d{{1,3}}\))?,\s+)?(?P<year>{_YEAR})(?P<italic>[*_]+)?\.?"
    r"(?:\s+[\w .-]{1,30}\.?|(?P<rest>\s+\([^()]+\)\.?))?\s*$"
)


def place_after_title(
    piece: str, italics: frozenset[str] = frozenset()
) -> tuple[Attribution, str] | None:
    """Where and when in `piece`, the sentence after a quoted title whose byline came first
    (`_PLACE_AFTER_TITLE`), and the bracket after them (never a link's label); else None.
    No list of venues or place words is needed there: the people were already named (never
    `News` or `Computer` as an author)."""
    placed = _PLACE_AFTER_TITLE.match(piece)
    if placed is None:
        return None
    # (`*MSR 2014*` (r84 syllabus): in italics (`italics`: the phrases set so), a lab's
    # letters name where it was published, the Mining Software Repositories conference)
    italic = bool(placed["italic"]) or f"{placed['where']} {placed['year']}" in italics
    if _LAB_RE.fullmatch(placed["where"]) and not italic:
        return None
    year = int(placed["year"])
    rest = (placed["rest"] or "").strip()
    return Attribution(year=year, venue=f"{placed['where']} {year}"), rest


#: `Robin Milner, ."`: a person's whole name (a given name or initials, then a surname) and
#: the comma before a title that was taken out
_PERSON_BEFORE_TITLE = re.compile(
    rf"^\s*(?P<person>(?:[{_UPPER}][\w'’-]*\.?\s+){{1,3}}(?:{_PARTICLE}\s+){{0,2}}{_WORD_NAME}),"
    # (and the year after the title: `Bob L. Sturm, "The GTZAN dataset: …" 2013.`, r157)
    r"(?:[\s.\"”]*|\s*[.\"”][\s.\"”]*(?P<year>(?:19|20)\d\d)[\s.]*)$"
    # `[PhD thesis](…). Danqi Chen.`: a given name (an initial may follow) and a surname, alone
    # (`Mei-Po Kwan.` (r90 syllabus): a given name joined by a hyphen)
    # (`Avery Li-Chun Wang.` (r157 syllabus, Shazam's paper credited to no one): a second
    # given name, joined by a hyphen)
    rf"|^\s*(?P<alone>[{_UPPER}][{NAME_LOWER}'’]+(?:-[{_UPPER}]?[{NAME_LOWER}]+)*"
    rf"(?:\s+[{_UPPER}][{NAME_LOWER}]{{1,7}}-[{_UPPER}][{NAME_LOWER}]{{1,7}})?(?:\s+[{_UPPER}]\.)?\s+"
    rf"(?:{_PARTICLE}\s+){{0,2}}"
    # (never an acronym's plural: `Code LLMs.` (r178 table, "Who made …? → LLMs"))
    rf"(?![{_UPPER}]{{2,}}s\b){_WORD_NAME})\.\s*$"
)
#: `Michael Muller,   WoK, 2014.`, `Guanghui Lan,  , Mathematical Programming 198, 2023.`: a
#: person's whole name, the comma after it, and the gap where the quoted title was
_PERSON_THEN_GAP = re.compile(
    rf"^\s*(?P<person>(?:[{_UPPER}][\w'’-]*\.?\s+){{1,3}}(?:{_PARTICLE}\s+){{0,2}}"
    rf"(?!{_NO_NAME}){_WORD_NAME})(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?"
    # (`Leonardo Pisano (Fibonacci),` (r163 syllabus, the byline read as Liber Abaci's gist):
    # the name the person is known by, in brackets)
    rf"(?:\s+\((?P<known>[{_UPPER}][{NAME_LOWER}]+)\))?(?:,\s{{3,}}|,\s*,\s+)(?P<rest>\S.*)$",
    re.DOTALL,
)
#: `(Brent Burley, SIGGRAPH 2012 …)`: a bracket that opens with one person's whole name
#: (given names or initials, then a surname), then a comma
_PERSON_BRACKET = re.compile(
    rf"^\s*\(\s*(?P<person>[{_UPPER}][{NAME_LOWER}'’-]+(?:\s+(?:[{_UPPER}][{NAME_LOWER}'’-]+|[{_UPPER}]\.)){{0,2}}"
    rf"\s+(?:{_PARTICLE}\s+){{0,2}}{_WORD_NAME})\s*,\s*(?P<rest>[^()]*)\)"
)
_SURNAME_FIRST = rf"{_WORD_NAME},\s+[A-Z][\w'’\-]*\.?(?:\s+[A-Z]\.)*"
_SURNAME_FIRST_LIST = re.compile(rf"^\s*(?P<list>{_SURNAME_FIRST}(?:\s*;\s*{_SURNAME_FIRST})+)")
_PUBLISHER = re.compile(
    # `Journal of Documentation`, `Foundations and Trends in Information Retrieval`,
    # `Findings of EMNLP`: a venue's whole name; `Cambridge Univ. Press`: a publisher
    r"\b(?:Journal|Transactions|Proceedings|Findings|Communications|Annals|Foundations and"
    r" Trends)\s+(?:of|on|in)\b(?:\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|of|in|&))*)?"
    # (`Press` alone, as in `Press, Smith & Lewis`, is an author)
    # (`Ofir Press, Noah A. Smith, …`: a person; a press is a university's or a house's)
    r"|\b(?:[A-Z][\w-]*\.?\s+)*(?:University|Univ\.|Academic|College|Cambridge|Oxford|"
    r"Princeton|Harvard|Yale|Chicago|Stanford|Columbia|Cornell|Wiley|CRC|[A-Z]{2,})\s+Press\b"
    # `Cambridge UP 2000`: a university press by its initials
    r"|\b(?:Cambridge|Oxford|Princeton|Harvard|Yale|Chicago|Stanford|Columbia|Cornell|MIT)\s+U\.?P\b"
    r"|\b(?:[A-Z][\w-]*\.?\s+)+(?:Workshop|Proceedings|Journal|Magazine|Letters|Report)\b"
    # `(Chapman & Hall, 1982)` (r82 blog), `Morgan Kaufmann`, `O'Reilly`: publishing houses
    r"|\b(?:Chapman\s*(?:&|and)\s*Hall(?:/CRC)?|Morgan\s+Kaufmann|O['’]Reilly(?:\s+[A-Z]\w+)?|"
    # (`Synthesis Lectures … (Morgan & Claypool, 2020)`, r111 syllabus: "Who made it? →
    # Morgan and Claypool")
    r"Morgan\s*(?:&|and)\s*Claypool|"
    r"Addison[-\s]Wesley|Prentice[-\s]Hall|Springer(?:-Verlag)?|Wiley|No\s+Starch(?:\s+Press)?|"
    # (`(de Gruyter, 2012)` (r138 syllabus, "Who made **Scalar Implicature …**? → de Gruyter,
    # 2012"), `Elsevier`, `Birkhäuser`, `Routledge`: more houses)
    r"(?:Mouton\s+)?de\s+Gruyter|Elsevier|Birkh[äa]user|Routledge|Kluwer|North[-\s]Holland)\b"
    r"|\b(?:[A-Z][\w-]*\s+)*(?:[Rr]esearch|[Tt]echnical|[Tt]ech\.?)\s+[Rr]eport\b"
    # `(Oxford World's Classics, 1997)`, `(Manchester Medieval Sources, Manchester UP, 1994)`
    # (r169 syllabus, "Who made **The Black Death**? → Sources"): a publisher's series
    r"|\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Classics|Sources)\b"
    # `(Sher Music, 1995)`, `(Penguin Books, 2004)` (r178 glossary, "Who made **JTB**? →
    # Music, 1995"): a house by its name and the kind of house it is
    r"|\b(?:[A-Z][\w'’-]*\s+){1,2}(?:Music|Books|Publishing|Publishers|Publications|Editions|"
    r"Verlag)\b"
    # `Int. J. Forecasting`: an international journal's abbreviated name
    r"|(?<![\w.])Int(?:'l|l)?\.\s+J\.\s+(?:of\s+)?[A-Z][\w&-]*\.?(?:\s+(?:[A-Z][\w&-]*\.?|of|and|&))*"
    # a journal whose name holds commas
    r"|\b(?:IEEE\s+)?Transactions\s+on\s+Systems,\s+Man,?\s+and\s+Cybernetics\b"
    # `Stuart Russell, Viking, 2019`: a book's publisher, never an author
    # (names that are also surnames, as Manning or Pearson, are left out)
    r"|\b(?:Viking|Penguin|O'Reilly(?:\s+(?:Media|Radar))?|Springer|Addison[- ]Wesley"
    r"|Prentice[- ]Hall"
    r"|Morgan\s+Kaufmann|Basic\s+Books|W\.\s?W\.\s+Norton|Random\s+House|No\s+Starch(?:\s+Press)?"
    # (`David Sumpter, Bloomsbury, 2016` (r146 blog, "Sumpter and Bloomsbury"))
    r"|Bloomsbury|HarperCollins|Allen\s+Lane|Knopf|Doubleday|Little,\s+Brown"
    # (`*Your Inner Fish* (Pantheon, 2008)` (r150 glossary, "Who made **Your Inner Fish**? →
    # Pantheon, 2008"): more houses of trade books)
    r"|Pantheon|Vintage|Scribner|Picador|Belknap|Farrar,?\s+Straus(?:\s+(?:and|&)\s+Giroux)?"
    r"|Houghton\s+Mifflin(?:\s+Harcourt)?|Simon\s*(?:&|and)\s*Schuster|Henry\s+Holt|Riverhead"
    r"|Hachette|Macmillan|Liveright"
    # (`David Marr, *Vision*. W. H. Freeman, 1982.` (r164 syllabus), `(Open Court, 1925; Dover
    # 1954)` (r163 syllabus): houses of science books and reprints)
    r"|W\.\s?H\.\s+Freeman|Open\s+Court|Dover(?:\s+Publications)?"
    # `(Taylor & Francis, 1996)`, `(A K Peters/CRC, 2014)` (r105 syllabus): never people
    r"|Taylor\s*(?:&|and)\s*Francis|A\s?K\s+Peters(?:/CRC(?:\s+Press)?)?)\b"
)


#: `W3C Recommendation`, `IETF Internet Standard`, `WHATWG Living Standard`: a standards
#: body in capitals, then the status of its document (not inside a title: `DLRM
#: Recommendation Model`)
_ISSUED = re.compile(
    r"(?<![\w-])(?P<body>[A-Z][A-Z0-9]{1,7})\s+(?:(?:Candidate\s+|Proposed\s+)?Recommendation"
    r"|Working\s+Draft|Living\s+Standard|Internet\s+Standard)\b(?!\s+[A-Z])"
)


_ANY_VENUE = re.compile(
    # (a volume after a space: `TOPLAS 13(4), 1991`; `AI2, 2020` is a lab and a year)
    # (`T-RO 2015`: a hyphen inside the venue, never its start)
    rf"(?<![\w-])(?P<venue>[A-Z](?:[A-Z&]{{1,9}}|[A-Z&]{{0,4}}-[A-Z][A-Z&]{{1,9}})[a-z]?)"
    rf"(?:\s+{_VOLUME}|\s*)['’]?(?P<year>{_SHORT_YEAR})\b"
)
_ORG = re.compile(r"^[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|of|for|and|&|/))*$")
# a month's name or its abbreviation, never a word that starts like one (`Jannach`)
_MONTH = rf"{MONTH}\.?"  # (the month names the reading's remarks know, one list)
# a journal or a proceedings named in a byline, never an author
_JOURNAL = re.compile(
    r"\b(?:Communications of the ACM|(?:(?:ACM|IEEE|SIAM)\s+)?(?:[A-Z][\w&-]*\s+){0,4}"
    r"(?:Journal|Transactions|Proceedings|Surveys|Review|Reviews|Letters|Magazine|Bulletin|Annals)"
    r"(?:\s+(?:of|on|in|for)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s*){1,6})?)"
)
# `PAC-Bayesian`, `ACM`: capitals in a row are no part of a person's name
_CAPS = re.compile(r"[A-Z]{2,}")
_PERSON = re.compile(
    # (`Victor O.K. Li` (r161 awesome, made by no one): initials written together)
    rf"^(?:[{_UPPER}][\w'’\-]*\.?(?:[{_UPPER}]\.)*\s+){{0,3}}(?:{_PARTICLE}\s+){{0,2}}{_WORD_NAME}$"
)


#: `Open X-Embodiment Collaboration`, `Octo Model Team`, `Gemini Team`: a byline that names
#: a team, a collaboration or a consortium, cited whole (never `Collaboration`)
#: (`Uber Engineering, 2019`, r75 notes: a company's engineering team, never a person
#: "Engineering")
_COLLECTIVE = (
    # (`The 1000 Genomes Project Consortium` (r109 syllabus, "The   Genomes …"): a number
    # may be one of its words)
    r"(?:[A-Z0-9][\w'’.\-]*\s+){1,4}(?:Team|team|Collaboration|Consortium|Engineering"
    # (`Soil Survey Staff 1975` (r98 glossary, "Who made Soil Taxonomy? → Staff"))
    r"|Staff|Committee|Working\s+Group"
    # (`Seamless Communication et al.` (r161 awesome, "Communication et al."): a team whose
    # name ends in an abstract noun, never a person's surname)
    r"|Communication|Initiative|Alliance|Association)\b"
)
# a team's name that opens a text, then a bracket, a comma or the sentence's end
#: `V8 team, 2017 (V8 5.9)`: a team, then the year, first in a byline
#: (and a month before it: `LMSYS team, March 2023`, r94 blog)
_TEAM_YEAR = re.compile(
    rf"^[\s\-–—:,]*(?P<team>{_COLLECTIVE}),\s*(?:{_MONTH}\s+)?(?P<year>{_YEAR})\b(?P<rest>.*)$"
)
#: `OpenAI, Feb 2024.`, `Google DeepMind blog, Aug 2025.`: a lab that people know, then
#: when, and nothing else
_LAB_YEAR_ALONE = re.compile(
    rf"[\s\-–—:,]*(?P<lab>{_LAB})(?:\s+(?:blog|research|report))?,\s*(?:{_MONTH}\s+)?"
    rf"(?P<year>{_YEAR})[\s.]*"
)
#: `withoutboats, Oct 2023`, `withoutboats, Jan 25 2018`, `withoutboats, 2018. introduces …`
#: (r109 notes: each asked as what the post is): a writer's handle, then when
_HANDLE_DATE = re.compile(
    rf"^[\s\-–—:,]*(?P<handle>[a-z][a-z0-9_]{{4,30}}),\s*(?:{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?P<year>{_YEAR})(?:\.?\s*$|\.\s+(?P<rest>\S.*)$)"
)
_LEAD_COLLECTIVE = re.compile(rf"^[\s\-–—:,]*(?P<authors>{_COLLECTIVE})(?=\s*(?:[(.,;]|$))")
#: Chicago's byline: the first author surname first, then the year — `Centola, Damon.
#: 2010.`, `Centola, Damon, and Michael Macy. 2007.`, `boyd, danah and Kate Crawford.
#: 2012.` (never two authors `Centola and Damon`)
_CHICAGO = re.compile(
    rf"^(?P<first>{_SURNAME_WORD}|[a-z]{{2,}}),\s+[A-Za-z][{NAME_LOWER}]+(?:\s+[A-Z]\.)*"
    rf"(?:,?\s+and\s+[A-Z][{NAME_LOWER}]+(?:\s+[A-Z]\.)*\s+(?P<second>{_SURNAME_WORD}))?"
    rf"\.\s+(?P<year>{_YEAR})\b\.?"
)
#: `Heidi Howard, Cambridge PhD thesis 2019 (UCAM-CL-TR-935)`: one person, the school, the
#: year of the thesis (a report number after it is no fact)
_THESIS = re.compile(
    rf"^(?P<person>[A-Z][{NAME_LOWER}]+(?:\s+[A-Z]\.)?(?:\s+{_PARTICLE})?\s+{_SURNAME_WORD}),\s+"
    r"(?P<school>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+"
    r"(?:PhD|Ph\.D\.|doctoral|DPhil|MSc|master['’]s)\s+(?:thesis|dissertation),?\s+"
    rf"(?P<year>{_YEAR})\b(?:\s*\([^()]*\))?\.?"
)
_BRACKET_AFTER = re.compile(rf"\s*\([^()]*{_YEAR}[^()]*\)")


def _given_name(lab: str, text: str) -> bool:
    """`Yale Patt`, `Yale N. Patt`: a person whose given name is a lab's (not `NVIDIA
    Research`, `Google Brain`, `Huawei Noah's Ark`: the lab's own words)."""
    after = compiled(
        rf"(?<![\w-]){re.escape(lab)}\s+(?:[A-Z]\.\s+)?(?P<next>[A-Z][a-z]+)\b(?!['’])"
    ).search(text)
    return after is not None and not _ORG_WORD.fullmatch(after["next"])


def _surname(name: str) -> str:
    """`Hado van Hasselt` -> `van Hasselt`, `Ronald J. Williams` -> `Williams`, `Del Balso`
    -> `Del Balso`; a team's name whole (`Octo Model Team`)."""
    if re.fullmatch(_COLLECTIVE, name):
        return name
    # `Henry G. Baker Jr.`: the suffix is no surname
    name = re.sub(r",?\s+(?:Jr|Sr|II|III|IV)\.?$", "", name.strip()) or name
    words = name.split()
    for i, word in enumerate(words[:-1]):
        if re.search(rf"-{_PARTICLE}$", word, re.IGNORECASE):
            return " ".join(words[i:])  # `Verschoof-van der Vaart`
        if word.casefold() in {
            "van",
            "de",
            "der",
            "den",
            "von",
            "da",
            "di",
            "du",
            "le",
            "la",
            "dos",
            "del",
        }:
            return " ".join(words[i:])
    return words[-1]


def people_in(text: str) -> list[str]:
    """Every author set `text` cites (`Conneau & Lample`, `Liu et al.`), in order: outside
    brackets, or opening one (`(Pathak et al. 2017)`)."""
    out: list[str] = []
    if " et al" not in text and "&" not in text and " and " not in text:
        return out  # (no set of authors without one of them: the pattern not run)
    for found in re.finditer(_AUTHORS, text):
        if not re.search(r"\bet\s+al\b|&|\band\b", found.group(0)):
            continue
        before = text[: found.start()]
        opened = before.rfind("(")
        if opened > before.rfind(")") and before[opened + 1 :].strip():
            continue  # `(UT Austin et al., 2023)`: inside a bracket, only its opening cites
        out.append(_tidy(found.group(0)))
    return out


def byline_before(text: str) -> str:
    """The author set `text` ends with (`…, and Leino, Wang & Fredrikson, ` -> `Leino et
    al.`), "" when it ends with none."""
    found = _BYLINE_AT_END.search(text)
    if found is None:
        return ""
    # (`Scott Bateman, Regan Mandryk, Carl Gutwin et al., "Useful Junk? …"` (r95 syllabus,
    # "Who made **Useful Junk?** → Gutwin et al."): the first of the people named in full)
    earlier = _FULL_NAMES_BEFORE.search(text, 0, found.start())
    if earlier is not None and found.group("authors").rstrip(" ,").endswith("et al."):
        return f"{_surname(earlier.group('first'))} et al."
    if found.start() > 0 and re.search(rf",\s*(?:[{_UPPER}][\w'’-]+\s+)?$", text[: found.start()]):
        # `Campos, Elvira, Gómez Rodríguez, Montiel & Tardós, "ORB-SLAM3: …"` (r104 syllabus,
        # "Who made **ORB-SLAM3**? → Rodríguez et al."): a two-word surname in the list;
        # the whole list's first author
        whole = cut(text.rstrip(' ,;:*_"“'))[0].authors
        if whole and first_surname(whole) in text[: found.start()]:
            return whole
    # (`Indyk and Motwani's [Approximate Nearest Neighbors …]`: whose, not `Motwani's`)
    return re.sub(r"['’]s$", "", _tidy(found.group("authors")))


#: a person named in full, middle initials and all: `Daniel S. Park`
_WHOLE_PERSON = rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}]\.)*\s+[{_UPPER}][\w'’-]+"
#: people named in full before the last one's `et al.`: `Qingqing Huang, Daniel S. Park, Timo I. `
_FULL_LIST_BEFORE = re.compile(
    rf"(?:^|(?<=[\s.:;(]))(?P<first>{_WHOLE_PERSON}),\s+(?:{_WHOLE_PERSON},\s+){{0,12}}"
    # (the last one named in full, too: never `*… against Adversarial Prompting*, Kumar et al.`,
    # a title's words, r119 table)
    rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}]\.)*\s+$"
)
_BYLINE_AT_END = re.compile(rf"(?P<authors>{_AUTHORS})[\s,;:*_\"“]*$")
#: people named in full, a comma after each, right before the last author's `et al.`
_FULL_NAMES_BEFORE = re.compile(
    rf"(?:^|[\s.:;(])(?P<first>[{_UPPER}][\w'’-]+\s+[{_UPPER}][\w'’-]+),\s+"
    rf"(?:[{_UPPER}][\w'’-]+\s+[{_UPPER}][\w'’-]+,\s+)*(?:[{_UPPER}][\w'’-]+\s+)?$"
)


def first_surname(authors: str) -> str:
    """`Chen et al.` -> `Chen`; `Alon and Yahav` -> `Alon` (`authors` is never empty)."""
    return authors.split()[0].rstrip(",")


def lab_of_site(url: str) -> str:
    """The lab whose own site a URL is on, or ""."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    for site, lab in LAB_SITES:
        where, _, folder = site.partition("/")
        if folder and not parts.path.startswith(f"/{folder}/"):
            continue
        if host == where or host.endswith("." + where):
            return lab
    return ""


#: a surname (not an initial) ending a sentence, and more text after it
_LAST_NAME_ENDS = re.compile(r"^(?P<name>[A-Z][\w'’-]+)\.\s+\S")


#: what a document is, where a byline lists people: an RFC's status, a draft
_DOCUMENT_STATUS = frozenset(
    {
        *("Informational", "Experimental", "Historic", "Standards Track", "Proposed Standard"),
        *("Internet Standard", "Best Current Practice", "Draft", "Preprint", "Manuscript"),
        "Unpublished",
    }
)


#: a surname in a bracket of surnames (`(Yang, Meng & Karniadakis)`), and a one-letter
#: one before `&` (`(E & Yu)`: Weinan E)
_BRACKET_SURNAME = rf"(?:{_SURNAME}|[A-Z](?=\s+&\s))"
_SURNAMES_BRACKET = re.compile(
    rf"^\(\s*(?P<people>{_BRACKET_SURNAME}(?:,\s*{_BRACKET_SURNAME})*\s+(?:&|and)\s+"
    rf"{_BRACKET_SURNAME})\s*(?:,\s*[^()]*)?\)"
)
#: a surname alone before a quoted title (`Fagan.`), never a reading list's label
_SURNAME_ALONE = re.compile(
    r"\s*(?!(?:Required|Optional|Recommended|Supplementary|Background|Further)\b)"
    rf"(?P<surname>{_SURNAME})\.\s*(?:\.?[\"”])?\s*"
)


def surnames_bracket(text: str) -> str:
    """The people of a bracket of surnames that opens `text`, two or more, the last after
    `&` or `and` (`(Li, Zheng, … & Anandkumar)` → `Li et al.`, `(Chen & Chen, IEEE TNN)`
    → `Chen and Chen`), never labs (`(Llama, Mistral & Google)`); else ``""``."""
    found = _SURNAMES_BRACKET.match(text)
    if found is None:
        return ""
    people = re.split(r",\s*|\s+(?:&|and)\s+", found["people"])
    return "" if any(person in LAB_NAMES for person in people) else cite_authors(people)


def surname_alone(text: str) -> str:
    """The surname of a text that is one surname and its stop (`Fagan.`, then the gap of a
    quoted title taken out), never a list's label (`Required.`); else ``""``."""
    found = _SURNAME_ALONE.fullmatch(text)
    return found["surname"] if found else ""


#: a journal's name that opens with an abbreviated word: `Bull. AMS`, `Phil. Trans.`
_JOURNAL_WORD_FIRST = re.compile(rf"(?:{'|'.join(sorted(JOURNAL_WORDS))})\.\s*[A-Z]")
#: journals' abbreviated words no surname is, even without their stop
_NEVER_SURNAMES = frozenset(
    {
        *("Res", "Rev", "Lett", "Phil", "Morphol", "Proteome"),
        # (`J Mol Biol. 1981;147(1)`, `J Mol Evol. 1980` (r179 syllabus, "Who made **T-Coffee**?
        # → Biol, 2000"): PubMed's abbreviations, written without their stops)
        *("Biol", "Evol", "Genet", "Biochem", "Microbiol", "Immunol", "Physiol", "Neurosci"),
        *("Psychol", "Ecol", "Sci", "Comput", "Bioinform", "Syst"),
        # (`*Trans. Am. Ceram. Soc.* 14 (1912)` (r173 glossary, "Who made **Stull chart**? →
        # Soc, 1912"))
        *("Soc", "Trans", "Proc", "Assoc", "Ceram"),
    }
)


def _journal_word(name: str) -> bool:
    """`Res.`, `Phil`: a journal's abbreviated word where a name would stand (never a surname
    that is one too: `Dahlen, Hung & Nolet`)."""
    word = name.strip(" ,")
    return word.rstrip(".") in JOURNAL_WORDS and (word.endswith(".") or word in _NEVER_SURNAMES)


def cite_authors(names: list[str]) -> str:
    """`["Richard Sutton", "Andrew Barto"]` -> `Sutton and Barto`; three or more: `X et al.`"""
    # (`Hopps, 2000, Informational`: an RFC's status, or a document's, is nobody)
    names = [name for name in names if name.split() and name.strip() not in _DOCUMENT_STATUS]
    # (`Greg Kamradt, GitHub, Nov 2023` (r122 blog, "Kamradt and GitHub"): where it is kept)
    names = [name for name in names if name.strip().casefold() not in _PLATFORMS]
    # (`Chaitanya K. Joshi (The Gradient, 2020)` (r126 awesome, "Gradient, 2020"): a
    # publication named with its article, never a person)
    names = [name for name in names if not re.match(r"The\s+[A-Z]", name.strip())]
    # (`(J. Proteome Res., 2023)`, `Pringle 1948, *Phil. Trans. …*` (r158 awesome and
    # glossary, "Res", "Pringle and Phil"): a journal's abbreviated word, never a person)
    names = [name for name in names if not _journal_word(name)]
    # (`*Trans. Am. Ceram. Soc.* 14 (1912)` (r173 glossary, "Soc, 1912"): a journal's name
    # in abbreviated words where a person would stand)
    names = [name for name in names if not _JOURNAL_WORD_FIRST.match(name.strip())]
    # (`… no equivariance needed. Nat Comms 2024` (r164 table, "Who made **FoldingDiff**? →
    # Comms"): a Nature journal by its abbreviated name)
    names = [name for name in names if not re.fullmatch(r"\s*Nat\.?\s+[A-Z][a-z]+\.?\s*", name)]
    # (`Originally Sonnhammer, Eddy & Durbin 1997` (r74 glossary, "Originally Sonnhammer et
    # al."): when, before the first surname)
    names = [re.sub(r"^(?:Originally|Initially|Earlier|Later|Recently)\s+", "", n) for n in names]
    # `Ferrari Dacrema, Cremonesi, Jannach`: among surnames alone, two words are one surname
    alone = sum(len(name.split()) == 1 for name in names)
    surnames_only = alone >= 2 and alone >= len(names) - 1
    surnames = [name if surnames_only and "." not in name else _surname(name) for name in names]
    if not surnames:
        return ""
    if len(surnames) == 1:
        return surnames[0]
    if len(surnames) == 2:
        return f"{surnames[0]} and {surnames[1]}"
    return f"{surnames[0]} et al."


_INITIALS_FIRST = re.compile(r"^(?:[A-Z]\.\s*(?:-?[A-Z]\.\s*)*)(?=[A-Z][a-z])")


def author_column(text: str) -> str:
    """A table's authors cell as people cite it: `Rewon Child, Scott Gray, Alec Radford,
    Ilya Sutskever` -> `Child et al.`, `Tay, Dehghani, Abnar, …` -> `Tay et al.`; one or
    two authors as written (`Tri Dao`, `Markus N. Rabe and Charles Staats`), without leading
    initials (`B. W. Kernighan and S. Lin` -> `Kernighan and Lin`)."""
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text) or text  # `Kumar et al. (Lyrebird / Mila)`
    names = [n for n in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if n]
    if re.search(r"\bet al\b\.?", text):  # `Li, Mu, et al.`: its first author's
        first = names[0] if names else ""
        first = re.sub(r"\s*\bet al\b\.?", "", first).strip()
        return f"{_surname(first) if ' ' in first else first} et al." if first else text
    if len(names) <= 2:  # (`B. W. Kernighan and S. Lin` -> `Kernighan and Lin`)
        return " and ".join(_INITIALS_FIRST.sub("", name) or name for name in names)
    return cite_authors(names)


#: an abbreviated journal's last word, then its volume (and issue) and year
_JOURNAL_TAIL = re.compile(
    r"^\s*[*_]*[A-Z][a-z]{1,6}\.[*_]*\s+\d{1,4}(?:\(\d{1,3}\))?,?\s+(?:19|20)\d\d\W*$"
)


#: a given name in full: `Timothy`, `María`, `Jeff`
_GIVEN_WORD = rf"[{_UPPER}][{NAME_LOWER}]+"
#: Chicago's bibliography: the first author surname first, given names after, no year —
#: `Rice, Timothy.`, `Tenzer, Michael, ed.`, `Pettan, Svanibor, and Jeff Todd Titon, eds.`,
#: `Keil, Charles, and Steven Feld` (r175 syllabus, each read as two authors, "Rice and
#: Timothy", "Pettan and Svanibor")
_INVERTED_BYLINE = re.compile(
    rf"(?P<surname>{_SURNAME_WORDS}),\s+"
    rf"(?P<given>{_GIVEN_WORD}(?:\s+(?:{_GIVEN_WORD}|[{_UPPER}]\.?(?![\w'’]))){{0,2}})"
    rf"(?:,?\s+and\s+{_GIVEN_WORD}(?:\s+(?:{_GIVEN_WORD}|[{_UPPER}]\.))*?"
    rf"\s+(?P<second>{_SURNAME_WORDS}))?"
    r"(?P<editor>,\s+eds?\.?)?(?P<end>[.,]?)"
)


#: words that are never a given name: `Best Paper Award`, `Second Edition`
_NO_GIVEN_NAMES = frozenset(
    {
        *("best", "paper", "award", "prize", "edition", "press", "university", "volume"),
        *("part", "chapter", "review", "journal", "second", "third", "revised", "new"),
    }
)


#: a writer known by a given name and a place, as medieval ones are: `Gregory of Tours`,
#: `Hildegard of Bingen` (never `University of Toronto`), or as `Pliny the Younger`
_NAMED_BY_PLACE = re.compile(
    rf"(?P<who>(?!(?:University|Institute|School|College|Department|Museum|Society|Academy|"
    rf"Library|Bank|Church|Council|Board|Office|Ministry|Center|Centre|Journal|Proceedings)\b)"
    rf"{_GIVEN_WORD}\s+(?:(?:of|von)\s+{_GIVEN_WORD}|the\s+(?:Younger|Elder)))[\s,.]*"
)


#: a writer known by one name, as ancient ones are, right before the title a comma closes
#: it with: `Sallust, *The War with Catiline*`, `Livy, *Ab Urbe Condita*` (never a word that
#: labels the reading, nor a publisher)
_ONE_NAME = re.compile(
    r"(?P<who>(?!(?:See|Also|Read|Reread|Required|Optional|Optionally|Recommended|Suggested|"
    r"Background|Skim|Primary|Secondary|Sources?|Textbook|Chapters?|Weeks?|Lectures?|Readings?|"
    r"Notes?|Bonus|Extra|Further|Classic|Survey|Start|Then|Plus|Original|Originally|Papers?|"
    r"Books?|Update|Video|Podcast|Blog|Slides|Today|Compare|Contrast|Next|First|Second|Third|"
    r"Finally|Later|Recently|Translated|Trans|Edited|Anthology|Reader|Handout|Excerpts?|"
    r"Selections?|Appendix|Preface|Introduction|Intro|Overview|Summary|Discussion|Assignment|"
    r"Homework|Quiz|Exam|Midterm|Final|Project|Due|Spring|Summer|Autumn|Fall|Winter|Penguin|"
    r"Oxford|Cambridge|Routledge|Princeton|Harvard|Yale|Chicago|Loeb|Wiley|Springer|Elsevier|"
    r"Norton|Vintage|Blackwell|Everything|Anything|Whatever|Tutorial|Review|Essay|Article|"
    r"Thesis|Dissertation|Report|Documentation|Docs|Website|Online|Free|Open)\b)"
    rf"{_GIVEN_WORD}),"
)


def named_by_place(text: str) -> str:
    """`Gregory of Tours` when `text` is only such a name (`_NAMED_BY_PLACE`), or `Sallust`
    when it is one name and the comma before a title (`_ONE_NAME`), else ""."""
    found = _NAMED_BY_PLACE.fullmatch(text.strip()) or _ONE_NAME.fullmatch(text.strip())
    return found["who"] if found is not None else ""


def inverted_byline(text: str, *, before_title: bool = False) -> Attribution | None:
    """A bibliography's first author surname first (`_INVERTED_BYLINE`), read as one person
    when the list says so: a second author given name first, an editor's `ed.`, two given
    names, or — `before_title`, the text right before the reading's title — the full stop
    or comma a bibliography closes the byline with (`Rice, Timothy.`; but `Jun, Nichol.`
    after a title is two surnames)."""
    found = _INVERTED_BYLINE.fullmatch(text.strip())
    if found is None or set(found["given"].casefold().split()) & _NO_GIVEN_NAMES:
        return None  # (`Raft, Best Paper Award`: a name, then its honour)
    two_given = len(found["given"].split()) >= 2
    if not (found["second"] or found["editor"] or two_given or (before_title and found["end"])):
        return None  # (`Hinton, Salakhutdinov`: two surnames, as a list writes them)
    people = [found["surname"], *([found["second"]] if found["second"] else [])]
    return Attribution(authors=" and ".join(people))


def byline(text: str) -> Attribution | None:
    """A text that is only a byline — `Krizhevsky, Sutskever, Hinton`, `Schulman, Levine &
    Abbeel, ICML 2015`, `Richard Sutton & Andrew Barto, MIT Press, 2018`, `Mnih et al.,
    DeepMind, NIPS 2013` — read as an attribution; anything else None."""
    # (`Wornow et al., NeurIPS 2023 Datasets & Benchmarks`: a venue's track after its year)
    text = _TRACK.sub("", text)
    inverted = inverted_byline(text) or vancouver_byline(text)
    if inverted is not None:
        return inverted
    if IMPRINT.match(text):
        return Attribution(year=year_in(text))  # `Durham: Duke University Press, 2006.`
    if _JOURNAL_TAIL.match(text):
        # `Soc. 81(1), 1998.`, what a sentence split leaves of `*J. Am. Ceram. Soc.* 81(1),
        # 1998` (r173 glossary, "Who made **Mullite**? → Soc, 2000"): a journal, never a person
        return None
    opening = _BRACKET_THEN_NAME.match(text)
    if opening is not None and not is_generic_link_text(opening["name"]):
        # `(Hosseini-Asl, McCann, …, NeurIPS 2020), SimpleTOD` (r74 blog): the bracket cites
        # the people; the name after it is the work's, no author
        cited = _byline(opening["inner"])
        if cited is not None and cited.authors:
            return cited
    at_org = _PERSON_AT_ORG.fullmatch(text.strip(" .;"))
    if at_org is not None and at_org["org"] not in STOPWORDS:
        # `Glauber Costa at Datadog, late 2020.` (r124 notes, asked as "What is **Glommio**?"):
        # who, where and when
        return Attribution(
            authors=_surname(at_org["person"]), lab=at_org["org"], year=int(at_org["year"])
        )
    handle = _HANDLE_DATE.match(text)
    if handle is not None and not handle["rest"] and handle["handle"] not in STOPWORDS:
        return Attribution(authors=handle["handle"], year=int(handle["year"]))
    found = _byline(text)
    titled = _TITLE_THEN_PEOPLE.fullmatch(text.strip(" .,;:—–-"))
    if found is not None and titled is not None and found.authors == titled["last"]:
        # `Feature Visualization (Olah, Mordvintsev & Schubert, 2017)`: a title and its
        # authors, never `Visualization`, the title's last word, as a surname
        cited = _byline(titled["inner"])
        if cited is not None and PEOPLE_CITED.search(cited.authors) and cited.year:
            return cited
        inner = _HANDLE_DATE.match(titled["inner"])
        if (
            inner is not None
            and not inner["rest"]
            and inner["handle"] not in STOPWORDS
            # (not `Oskari Tammelin (independent, 2014)` (r147 awesome): a person, then how
            # they worked)
            and inner["handle"] not in {"independent", "unaffiliated", "anonymous", "unpublished"}
            and len(text.split("(", 1)[0].split()) >= 3
        ):
            # `Transformer Inference Arithmetic (kipply, 2022)` (r164 blog, "2022
            # (Arithmetic)"): a writer by their handle, in lower case
            return Attribution(authors=inner["handle"], year=int(inner["year"]))
    return found


#: `Glauber Costa at Datadog, late 2020`: a person named in full, where they worked, when
_PERSON_AT_ORG = re.compile(
    r"(?P<person>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\s+at\s+"
    r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),\s+"
    rf"(?:(?:late|early|mid|mid-|spring|summer|autumn|fall|winter)\s*)?(?:{MONTH}\.?\s+)?"
    r"(?P<year>(?:19|20)\d\d)"
)
_TRACK = re.compile(
    rf"(?<={_YEAR})\s+(?:Datasets\s+(?:&|and)\s+Benchmarks(?:\s+Track)?|Workshops?|Findings|"
    r"Oral|Spotlight|Demo(?:\s+Track)?)\s*$"
)
# (and `Lamtharn (Hanoi) Hantrakul`, r105 awesome: "Engel et al. (Hanoi)", a lab)
_NICKNAME = re.compile(
    r"(?<=[a-z])\s+(?:['‘\"“][A-Z][a-z]+['’\"”](?=\s+[A-Z][a-z])|"
    r"\([A-Z][a-z]+\)(?=\s+[A-Z][a-z]+,))"
)
#: a whole citation in a bracket, then one word after a comma (`(…, NeurIPS 2020), SimpleTOD`)
_BRACKET_THEN_NAME = re.compile(
    r"^\s*\((?P<inner>[^()]+)\)\s*,\s*(?P<name>[A-Z][\w+-]*[A-Z0-9][\w.+-]*)\s*\.?\s*$"
)
#: a title of two words or more, then a bracket (`Feature Visualization (Olah … 2017)`)
_TITLE_THEN_PEOPLE = re.compile(r"[^()]*\s(?P<last>[A-Z][\w-]+)\s*\((?P<inner>[^()]+)\)")
#: authors as people cite them: `Olah et al.`, `Olah and Schubert`
PEOPLE_CITED = re.compile(r"\bet al\b|\sand\s")


# `_byline`'s own patterns, compiled once (it reads every sentence that may cite)
_CAPITALISED = re.compile(rf"[{_UPPER}][{NAME_LOWER}]")
_WRITING_KIND = re.compile(r"((?:19|20)\d\d)\s+(?:blog(?:\s+post)?|talk|slides)\s*\.?$")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_BRACKET = re.compile(r"\([^()]*\)")
_MONTH_WORD = re.compile(rf"\b{_MONTH}(?=\s|,|$)")
_VOLUME_ISSUE = re.compile(
    r"(?<![\w.])\d{1,4}(?:\s*\(\d{1,4}\))?(?![\w.])"
    # (not the number a team's name holds: `The 1000 Genomes Project Consortium`)
    r"(?!\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Consortium|Collaboration|Team)\b)"
)
#: `(NeurIPS 2024 D&B)` (r119 table, "Who made **JailbreakBench**? → D&B"): a track
_DATASETS_TRACK = re.compile(
    r"(?i)(?<!\w)(?:D&B|D\s?and\s?B|datasets\s*(?:&|and)\s*benchmarks)(?:\s+track)?(?!\w)"
)
_VENUE_TRACK = re.compile(r"(?i)\b(?:workshop|demo|poster|industry|findings)(?:\s+track)?\b")
_EDITION_OR_OTHERS = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+)?ed(?:ition|itors?|s)?\b\.?|\bet al\.?"
)
_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?(?=\s*(?:,|&|\band\b|$))")
_PEOPLE_BREAK = re.compile(r"\s*(?:,|&|\band\b)\s*")


#: a title's small words, in title case: never in a person's name (`LLM Evaluators Recognize
#: and Favor Their Own Generations` (r103 blog), read as "Recognize and Generations")
_TITLE_WORDS = re.compile(
    r"(?<![\w'’-])(?:Their|Own|Our|Your|Its|They|We|You|Are|Is|Can|Should|Do|Does|With|"
    r"From|Into|Towards?|Via|Without|Beyond|Not|How|What|When|Why)(?![\w'’-])"
)


#: a phrase, then a first author and others: `Learned Step Size Quantization, Esser et al.`
_TITLE_THEN_ET_AL = re.compile(
    r"^(?P<head>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}),\s+(?P<who>[A-Z][\w'’-]+\s+et\s+al\b)"
)


def _byline(text: str) -> Attribution | None:
    if _PRONOUN_HEAD.match(text):
        return None  # `Me, Myself, and AI: The Situational …` (r116 blog): a title, no one
    head = text.split("(", 1)[0].split(",", 1)[0]
    titled = _TITLE_THEN_ET_AL.match(text)
    if titled is not None and (
        len(titled["head"].split()) >= 3 or re.search(r"\w-[a-z]", titled["head"])
    ):
        # `Activation-aware Weight Quantization, Lin et al. (Han lab), MLSys 2024` (r123
        # blog, "Who made **AWQ**? → Quantization et al."): what it stands for, then who
        return _byline(text[titled.start("who") :])
    if len(head.split()) >= 4 and _TITLE_WORDS.search(head):
        return None
    dash = _DASH.search(text)
    if dash is not None and not _CAPITALISED.search(text, 0, dash.start()):
        # `tech report 2014 (OPODIS 2014) — Hybrid Logical Clocks (HLC)`: no one before the
        # dash; what follows it is a name, no person
        return None
    # `Dao, Haziza, Massa, Sizov, 2023 blog`: what kind of writing, after when
    text = _WRITING_KIND.sub(r"\1", text)
    team = _LEAD_COLLECTIVE.match(text)
    if team is not None and "et al" not in text:
        # `Open X-Embodiment Collaboration (ICRA 2024)`, `Llama Team, Meta, 2024`: the team,
        # then where and when (but `NLLB Team (Costa-jussà et al.)` cites the people)
        after = _where_and_when(text[team.end() :])
        return None if after is None else replace(after, authors=team.group("authors"))
    venue = _venue_year(text) or _ANY_VENUE.search(text)
    lab = ""
    rest = text
    if venue:
        rest = rest[: venue.start()] + " " + rest[venue.end() :]
    before = text.split("(", 1)[0].strip(" ,-–—")
    # (`Antonios Anastasopoulos, David Chiang (Notre Dame, NAACL 2018)` (r161 awesome, "Who
    # made …? → Dame"): people named in full before it, then where they work)
    people_before = re.search(r",|&", before) and whole_names(before)
    for paren in _BRACKETED.findall(text) if not people_before else []:
        # (but `(The Atticus Project, EMNLP 2023)` names an organisation, no person)
        if whole_names(paren) and not _NAMED_ORG.match(paren):
            return None  # `Factorization Machines (Steffen Rendle, ICDM 2010)`: a title, cited
    for paren in _BRACKETED.findall(rest):
        org = paren.strip(" ,;").replace(" + ", " & ")  # (`(The Atticus Project, )`: no venue)
        # (`(NeurIPS 2024 D&B)` once its venue is out (r119 table, "Who made
        # **JailbreakBench**? → Chao et al. (D&B)"): the venue's track, no organisation)
        org = _DATASETS_TRACK.sub(" ", org).strip(" ,;")
        if (
            not org
            or org in VENUE_NAMES
            or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]+(?:-[A-Z]+)*(?:-\d+)+", org)
        ):
            # `Jervell & Lange-Nielsen 1957 (Am Heart J)` (r115 glossary): where; `Bull. AMS
            # (N.S.)`, `Stanford 1983 (STAN-CS-83-977)` (r179 notes, "Knuth (N.S.), 1979"):
            # initials alone, a journal's series; a report's number
            continue
        # `(LMU Munich & Runway, …)`, `(OpenAI + DeepMind)`: every organisation, not only
        # the lab srs knows (never `(Best Paper)`, an award)
        unknown = _ORG.match(org) and not _product(org) and not AWARD.search(org)
        if not set(re.split(r"[\s/]+", org)) & _PUBLISHERS:
            lab = lab or _org_of(org) or lab_in(paren, loose=True) or (org if unknown else "")
    rest = _BRACKET.sub(" ", rest)
    issued = _ISSUED.search(rest)
    if issued:  # `W3C Recommendation (2014)`: the body that issued it
        lab = lab or issued.group("body")
        rest = rest[: issued.start()] + " " + rest[issued.end() :]
    # `Cambridge Univ. Press`, `MIT Press`: a publisher, never an author or the lab
    rest = AWARD.sub(" ", _PUBLISHER.sub(" ", rest))
    rest = _AT_LAB.sub(" ", rest)  # `Karras, Laine & Aila at NVIDIA`: the lab follows
    # (not `Samuele Cornell`, a person whose surname is a lab's name: a given name before)
    labs = [
        m
        for m in _LAB_RE.finditer(rest)
        if " " in m.group("lab")
        or not (
            compiled(rf"(?<![\w-])[A-Z][a-z]+ {re.escape(m.group('lab'))}(?![\w-])").search(text)
            or _given_name(m.group("lab"), text)
        )
    ]
    found = [m.group("lab") for m in labs]
    if found:
        lab = lab or " & ".join(dict.fromkeys(found))  # `OpenAI + DeepMind`: both
        for m in reversed(labs):
            rest = rest[: m.start()] + " " + rest[m.end() :]
        rest = rest.replace("+", " ")
    year = year_in(text)
    rest = _YEAR_RE.sub(" ", rest)
    rest = _VENUE_ALONE.sub(" ", rest)  # `Hinton and Salakhutdinov (2006) Science.`
    journal = _JOURNAL.search(rest)  # `Douglas Comer, ACM Computing Surveys, 1979`
    if journal:
        rest = rest[: journal.start()] + " " + rest[journal.end() :]
    rest = _MONTH_WORD.sub(" ", rest)
    # `…, 22(3).`, `ICLR 2016 Workshop track`: a journal's volume and issue, a venue's track
    rest = _VOLUME_ISSUE.sub(" ", rest)
    rest = _VENUE_TRACK.sub(" ", rest)
    # `2nd ed.`, `Harris & Seaborne, eds.`: an edition, or the people who edited it
    rest = _EDITION_OR_OTHERS.sub(" ", rest)
    rest = rest.strip(" ,.;:-–—")
    # `Michael Bommarito II, Daniel Martin Katz`: a generation's suffix, no name of its own
    rest = _GENERATION.sub("", rest)
    parts = [p.strip(" .") for p in _PEOPLE_BREAK.split(rest) if p.strip(" .")]
    while len(parts) > 1 and _JOURNAL_WORD_FIRST.match(parts[-1]):
        # `Knuth, Bull. AMS (N.S.) 1(2):337–372, 1979` (r179 notes, "Knuth and Bull"): a
        # journal's abbreviated word and its stop where a person would stand (before the
        # last name is cut at its stop, below)
        parts.pop()
    # `van den Oord, Li, Vinyals. ." 2018. : this is where the InfoNCE name …`: the last
    # person's name ends at its sentence's end (what follows is no person)
    last = _LAST_NAME_ENDS.match(parts[-1]) if len(parts) > 1 else None
    if last is not None:
        parts[-1] = last.group("name")
    # `…, ACM Queue`, `…, PAC-Bayesian Model Averaging`: after the people, capitals in a
    # row name a venue or a title, no person
    while len(parts) > 1 and _CAPS.search(parts[-1]):
        if len(parts[-1].split(":")[0].split()) >= 3 and ":" in parts[-1]:
            # `Understanding Reuse, Performance, and Hardware Cost of DNN Dataflows: A …`: a
            # title's subtitle, not a venue after people
            return None
        parts.pop()
    if (
        3 <= len(parts) <= 4
        and re.fullmatch(r"[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|in|for|the)){2,5}", parts[-1])
        and all(len(p.split()) == 1 for p in parts[:-1])
    ):
        parts.pop()  # `Dueben & Bauer, Geoscientific Model Development`: surnames, a journal
    while len(parts) > 1 and compiled(re.escape(parts[-1]) + r"[\s,]*\d+\s*\(\d+\)").search(text):
        parts.pop()  # `Mark Johnson, Computational Linguistics 24(4)`: the journal, its volume
    if (
        len(parts) > 2
        and len(parts[0].split()) >= 2
        and all(word[:1].isupper() for word in parts[0].split())  # (not `van Hasselt`)
        and all(len(p.split()) == 1 and "." not in p for p in parts[1:])
        and re.search(r"\b\d+\s*\(\d+\)", text) is not None  # (a journal's volume and issue)
    ):
        # `Anna Lauren Hoffmann, Information, Communication & Society 22(7)`: a full name,
        # then a journal's words (people written in full are all written in full)
        parts = parts[:1]
    if (
        len(parts) >= 2
        and re.fullmatch(rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,2}}", parts[0])
        # (a given name first: never `Originally Sonnhammer, Eddy & Durbin 1997`)
        and parts[0].split()[0] in GIVEN_NAMES
        and all(len(p.split()) == 1 for p in parts[1:])
        and compiled(rf"\b{re.escape(parts[-1])}\s+(?:1[89]|20)\d\d\b").search(text)
    ):
        # `Frank Mittelbach, DocEng 2016`, `Robert Bringhurst, Hartley & Marks 1992` (r179
        # notes, "Mittelbach and DocEng", "Bringhurst et al."): a person named in full, then
        # a word right before the year — where, or who published it, never more people
        parts = parts[:1]
    if not parts and issued:  # a standard, no people: its body made it
        return Attribution(lab=lab, year=year, venue=_venue(venue) if venue else "")
    if not parts or not all(
        # (a team's name may hold a number: `The 1000 Genomes Project Consortium`)
        (_PERSON.match(p) or (re.search(r"\d", p) and re.fullmatch(_COLLECTIVE, p)))
        and not _TITLE_WORD.match(p.split()[-1])
        for p in parts
    ):
        return None  # `In-context Learning and Induction Heads, 2021` is a title
    if len(parts) == 1 and not (venue or year or "@" in text or "et al" in text):
        return None
    if (
        len(parts) == 2
        and len(parts[0].split()) == 1
        and len(parts[1].split()) >= 2
        and not re.search(r"&|\band\b|et al|\b[A-Z]\.", text)
    ):
        return None  # `Och, Franz Josef`: one author's surname, then given names
    if (
        len(parts) == 2
        and all(re.fullmatch(rf"[{_UPPER}][{NAME_LOWER}'’-]+", part) for part in parts)
        and not re.search(r"&|\band\b|et al", text)
        # (the full stop closing the byline, then its year: never `Mehta, Rastegari.`, two
        # surnames; a title right after is the entry's to see, `_inverted_byline`)
        and re.search(
            rf"\b{re.escape(parts[0])},\s+{re.escape(parts[1])}\.\s+(?:1[89]|20)\d\d\b", text
        )
        and parts[1] not in LAB_NAMES
    ):
        # `Labov, William. 1966/2006.` (r165 syllabus, "Labov and William"): one person,
        # surname first, their given name closing the byline with its full stop, its year
        return Attribution(authors=parts[0], year=year, venue=_venue(venue) if venue else "")
    authors = cite_authors(parts)
    if "et al" in text:  # `Li, Mu, et al.`: the first author's, whoever follows
        # (`(Zoph et al. 2022) ST-MoE`: the surname before it, not the name after;
        # `LeNet-5 (LeCun et al. 1998)`: nor the name before its bracket)
        lead = re.match(
            rf"\W*((?:{_PARTICLE}\s+){{0,2}}{_SURNAME_WORD})\s+et\s+al\b", text.lstrip()
        ) or re.search(rf"\(((?:{_PARTICLE}\s+){{0,2}}{_SURNAME_WORD})\s+et\s+al\b", text)
        authors = f"{lead.group(1) if lead else _surname(parts[0])} et al."
    return Attribution(authors=authors, lab=lab, year=year, venue=_venue(venue) if venue else "")


def _where_and_when(text: str) -> Attribution | None:
    """`(ICRA 2024).`, `, Meta, 2024.`: only a venue, labs and a year, else None."""
    venue = _venue_year(text)
    rest = text[: venue.start()] + " " + text[venue.end() :] if venue else text
    labs = [m.group("lab") for m in _LAB_RE.finditer(rest)]
    rest = _YEAR_RE.sub(" ", _LAB_RE.sub(" ", rest))
    year = year_in(text)
    if re.sub(r"[\s(),.;:&+]", "", rest) or not (venue or labs or year):
        return None
    lab = " & ".join(dict.fromkeys(labs))
    return Attribution(lab=lab, year=year, venue=_venue(venue) if venue else "")


def year_in(text: str) -> int | None:
    match = _YEAR_RE.search(text)
    return int(match.group(0)) if match else None


#: an open bracket that names something, then a comma, right before a lab's `from`
_OTHERS_BRACKET = re.compile(r"\((?:[A-Z][\w.+-]*)(?:\s[\w.+-]+){0,2},\s*$")
#: a name's possessive after the text's start (`… Slawek Smyl's ES-RNN hybrid`)
_OTHERS_OWN = re.compile(r"(?<=\s)[A-Z][\w-]*['’]s\s")


def lab_in(text: str, *, loose: bool = False) -> str:
    """The lab `text` says made something: `Nvidia’s take`, `from Google`; with `loose`
    (a citation's bracket, a table's lab cell), any lab it names."""
    possessive = _POSSESSIVE.search(text)
    if possessive is not None and not loose and text[: possessive.start()].strip(" -–—:,;(*_"):
        possessive = None  # `Nvidia's take on …` says who; `… of OpenAI's models` does not
    match = possessive or _MADE_BY.search(text)
    if match is not None and not loose and _OTHERS_BRACKET.search(text, 0, match.start()):
        match = None  # `… Smyl's hybrid (ES-RNN, from Uber)`: who made what the bracket names
    if (
        match is not None
        and match is not possessive
        and not loose
        and _OTHERS_OWN.search(text, 1, match.start())
    ):
        # `The winner was Slawek Smyl's ES-RNN hybrid from Uber`, `from Tsinghua's THUML
        # group, and FEDformer … from Alibaba DAMO`: someone else's work, and its lab
        match = None
    if (
        match is not None
        and match is not possessive
        and not loose
        and _MORE_LABS.match(text, match.end("lab"))
    ):
        # `with authors from OpenAI, Anthropic and Google DeepMind among others` (r113
        # blog, "Who made …? → Nasr et al. (OpenAI)"): one lab of several
        match = None
    if match is None and loose:
        match = _LAB_RE.search(text)
    return match.group("lab") if match else ""


#: another lab after the one found: `from OpenAI, Anthropic and …`, `from Google and CMU`
_MORE_LABS = re.compile(
    r"\s*(?:,|/|&|\band\b)\s*(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s*(?:,|and\b|among\b|&|$|\.|\))"
)


def _inner(inner: str) -> Attribution:
    """What a bracket holding a year says: `Google, 2017`, `NeurIPS 2017`, `Hinton et al. 2015`;
    of several citations (`Reed 1978; Bernstein & Goodman 1983`), the first."""
    if _OWNERSHIP.search(inner):
        # `originally by Isovalent (Cisco bought them 2024)` (r105 notes, "Who made
        # **Cilium**? → Cisco, 2024"): who owns it now, no citation
        return Attribution()
    # (`Min Li, …, Qiang Xu — "DeepGate: Learning …", DAC 2022, CUHK`: the title between
    # the people and where and when is no part of either)
    inner = QUOTED_TITLE.sub(",", inner)
    # `(Wortsman et al. — ICML 2022)` (r171 blog, no authors read), `(DiWA; Ramé et al. —
    # NeurIPS 2022)` ("DiWA et al."): a spaced dash between the people and where and when
    inner = re.sub(r"\s+[—–]\s+", ", ", inner)
    # `(D. Gottesman, PhD thesis, Caltech 1997)`: one author's initial before the surname
    if not re.search(r"\bet\s+al\b|&|\band\b", inner):  # (one author, no list of them)
        inner = re.sub(r"^\s*(?:[A-Z]\.\s?){1,3}(?=[A-Z][a-z][\w'’-]*,)", "", inner)
    parts = inner.split(";")
    if len(parts) > 1 and not _YEAR_RE.search(parts[0]) and _YEAR_RE.search(parts[1]):
        second = _inner_one(parts[1])
        if second.authors and not _inner_one(parts[0]).lab:  # (`(Harvard NLP; Rush, 2018)`)
            # `(Bd; Berger et al. 1998, PNAS)` (r157 glossary, "Bd et al., 1998"): a short
            # name, then the citation of its own people
            return second
        # `(Jesse Michael Han, …, Stanislas Polu; ICLR 2022)`: one citation, its people
        # and then where and when
        whole = _inner_one(f"{parts[0]}, {parts[1]}")
        if whole.authors:  # (else as before: `(Zhou et al. — Beihang University; AAAI …)`)
            return whole
    return _inner_one(parts[0])


#: `The Atticus Project`, `Allen Institute`: an organisation by the word that ends its name,
#: first in a bracket (never `Project` as a person)
_NAMED_ORG = re.compile(
    r"^\s*(?P<org>(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Project|Foundation|Institute|"
    r"Initiative|Consortium|Collaboration|Laboratory|Society|Alliance)"
    # `(Polytechnique Montréal, NeurIPS 2019)` (r81 awesome): a school, then its city
    r"|(?:Polytechnique|Politecnico|Polytechnic|Universit[éàäy]\w*|Universidad|École|Ecole"
    # (`(U. Amsterdam, ICLR 2017)` (r114 awesome, "Who made GCN? → Amsterdam"))
    r"|U\.|Univ\.)"
    r"(?:\s+[A-Z][\w'’.-]*){1,3})(?=\s*(?:[,;/&]|$))"
)


def _inner_one(inner: str) -> Attribution:
    """What one citation in a bracket says (see `_inner`)."""
    named_org = _NAMED_ORG.match(inner)
    if named_org is not None:
        # `(The Atticus Project, EMNLP 2023)`: who, by the organisation's name; where and when
        rest = _inner_one(inner[named_org.end() :].lstrip(" ,;/&"))
        return replace(rest, lab=" & ".join(filter(None, [named_org["org"], rest.lab])))
    inner = _PUBLISHER.sub(" ", inner)  # `(Cambridge University Press, 2008)`
    # `(AI2, EMNLP 2023 System Demonstrations)`, `(Sesame, Feb 2025)`: a venue's track, a
    # month — never people
    inner = re.sub(
        r"(?i)\b(?:system\s+)?demonstrations?\b|\b(?:demo|industry)\s+track\b", " ", inner
    )
    inner = re.sub(rf"\b{_MONTH}\.?\s+(?={_YEAR})", "", inner)
    # `(J.F.C. Kingman, …, Proc. Cambridge Phil. Soc. 57(4), 1961)`: an abbreviated journal,
    # where it appeared (never `Cambridge` the lab)
    inner = _ABBREVIATED_JOURNAL.sub(" ", inner)
    journal = re.fullmatch(rf"\s*(?P<name>[^,;()]+?),?\s+(?P<year>{_YEAR})\s*", inner)
    if journal is not None and JOURNAL_NAME.fullmatch(journal["name"]):
        # `(Environmental Reviews, 2020)`, `(ISPRS Journal of Photogrammetry and Remote
        # Sensing, 2020)` after a title (r145 blog, "Reviews" read as its author): where it
        # appeared, and when
        year = int(journal["year"])
        return Attribution(year=year, venue=f"{journal['name'].strip()} {year}")
    venue = _venue_year(inner) or _VENUE_COMMA_YEAR.search(inner)
    if venue is None:
        # `(Rein et al., COLM 2024)`: a short name in capitals before the year is where it
        # appeared (a venue srs does not know by name), unless it is a lab srs knows
        unknown = _CAPS_YEAR.search(inner)
        if unknown is not None and unknown.group("venue") not in LAB_NAMES:
            rest = replace(_inner_one(inner.replace(unknown.group(0), " ")), venue=unknown.group(0))
            return replace(rest, year=rest.year or int(unknown.group("year")))
    authors = _INNER_AUTHORS.match(inner)
    if authors is None and venue is not None:
        # `(He et al. SIGCOMM 2015)`: no comma between the people and where and when
        authors = _INNER_AUTHORS.match(inner[: venue.start()] + "," + inner[venue.end() :])
    lab = " & ".join(dict.fromkeys(m.group("lab") for m in _LAB_RE.finditer(inner)))
    org = _org_of(inner)
    if org and (not lab or all(each in org for each in lab.split(" & "))):
        # `LMU Munich & Runway`: the whole, not only the lab srs knows (`University of
        # British Columbia / Google`, never `Columbia & Google`)
        lab = org
    author_text = authors.group("authors") if authors else ""
    surnames = _SURNAMES_ONLY.match(inner)
    if surnames:
        # `(Ho, Jain, Abbeel, NeurIPS 2020)`: surnames one by one, then where and when
        listed = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", surnames.group(0)) if n.strip()]
        known = _LABS_AND_VENUES
        # (`(Pincus, Macromolecules 1976)`: a journal named by one word, where)
        while listed and (listed[-1] in known or _TITLE_WORD.fullmatch(listed[-1])):
            listed.pop()  # (`…, Abbeel, NeurIPS 2020`: where, not who)
        if len(listed) >= 2 and not set(listed) & known:
            author_text = cite_authors(listed)

    many = _SURNAMES_ET_AL.match(inner)
    if many and many.group("first") not in LAB_NAMES:
        # `Elhage, Nanda, Olsson et al.`
        author_text = f"{_first_listed(many.group('first'), many.group(0))} et al."
    elif author_text and " and " in author_text and re.search(r",\s*et\s+al\b", inner):
        # `(Casper, Davies, et al., 2023)`: two named, more behind them
        author_text = f"{author_text.split(' and ')[0].strip()} et al."
    if not author_text:  # `(Steffen Rendle, ICDM 2010)`: people by their whole names
        author_text = whole_names(inner)
    if _WHEN_WORD.fullmatch(author_text) or _journal_word(_tidy(author_text)):
        author_text = ""  # `(Aug 2022)`: when, not who; `(J. Proteome Res., 2023)`: where
    if re.fullmatch(r"\S*[a-z][A-Z]{2,}\S*", author_text):
        # `(BiLD; arXiv, Kim et al., NeurIPS 2023)` (r179 blog, "Who made …? → BiLD"): a
        # short name with capitals after its small letters, never a surname (`LeCun`)
        author_text = ""
    if author_text.strip() in PUBLISHING_PLACES or IMPRINT.match(inner):
        # `*Sidereus Nuncius, or The Sidereal Messenger* (Chicago, 1989)` (r172 syllabus,
        # "Who made …? → Chicago, 1989"): where the book was published, never who wrote it
        author_text = ""
    if author_text and (
        author_text in LAB_NAMES or author_text in VENUE_NAMES or lab.startswith(author_text)
    ):
        author_text = ""  # `(NeurIPS 2017)`: a venue, not its authors
    if lab and author_text and first_surname(_tidy(author_text)) in lab.split():
        lab = ""  # `(J.F.C. Kingman, …)`: the author by name, never an organisation
    return Attribution(
        authors=_tidy(author_text),
        lab=lab,
        year=year_in(inner),
        venue=_venue(venue) if venue else "",
    )


#: a person by their whole name: `Steffen Rendle`, `F. Maxwell Harper`, `Hado van Hasselt`
_WHOLE_NAME = re.compile(
    # (`Jesse Michael Han`, `Marie-Anne Lachaux`: a second given name, a hyphenated one)
    rf"(?:(?:[{_UPPER}]\.\s?)*(?:[{_UPPER}][{NAME_LOWER}]+(?:-[{_UPPER}][{NAME_LOWER}]+)?\s+){{1,2}}"
    # (`Naveen Kr. Sharma`: a middle name abbreviated to two letters)
    rf"(?:[{_UPPER}][{NAME_LOWER}]?\.\s+)?"
    # (`Z.Z. Ren`: initials, then the surname)
    rf"|(?:[{_UPPER}]\.\s?)+)"
    rf"(?:{_PARTICLE}\s+){{0,2}}[{_UPPER}][\w'’-]*[{NAME_LOWER}][\w'’-]*"
    # (`Wouter B. Verschoof-van der Vaart` (r139 syllabus, no authors read): a double
    # surname whose second part has its particles)
    rf"(?:(?<=-)(?:{_PARTICLE}\s+){{0,1}}{_PARTICLE}\s+[{_UPPER}][\w'’-]*[{NAME_LOWER}][\w'’-]*)?"
)
_ORG_WORD = re.compile(
    r"\b(?:Univ\w*|Institut\w*|College|School|Lab\w*|Research|Cent(?:er|re)|Group|Team|"
    r"Inc|Corp\w*|Enterprises?|Foundation|Academy|Hospital|Press|Books|Publish\w*|Media|Verlag|Society|"
    r"Technolog\w*|Systems|Software|Robotics|Intelligence|Computing|Brain|"
    # (`David J. Wu (Jane Street, 2019)` (r171 awesome, "Who made …? → Street, 2019"): a
    # trading firm, no person)
    r"Street|Capital|Partners|Ventures|Trading|Holdings|"
    # (`Benjamin Bloom, *Educational Researcher*, 1984`: a journal, no second person)
    r"Researcher|Quarterly|Review|Reports?|Letters|Magazine|Journal)\b"
)


#: `Digital Scholarship in the Humanities 32, suppl. 2: ii4–ii16` (r89 syllabus, its year
#: taken out): a journal, its volume and its pages
_JOURNAL_VOLUME_PAGES = re.compile(
    r"^\s*[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|on|in|for|the|&)){0,8}"
    # (APA's comma after the journal, and a supplement for its issue: `Bioinformatics,
    # 21(suppl_2), ii79–ii85` (r179 syllabus, what *The fragment assembly string graph* "is"))
    r",?\s+\d{1,4}(?:\s*\((?:\d{1,4}|[Ss]uppl[_ .]?\d{0,2})\))?"
    r"(?:,\s*(?:suppl?|supp|no|iss)\.\s*\d{1,3})?"
    r"[,:]\s*(?:pp?\.\s*)?[a-z]{0,3}\d+[–-][a-z]{0,3}\d+\.?\s*$"
)


def is_journal_reference(text: str) -> bool:
    """`User Modeling and User-Adapted Interaction 4, 1994 (often cited as 1995)`: a
    journal, its volume and year, and at most a bracket after them — where, no claim."""
    bare = re.sub(r"\s*\([^()]*\)\s*\.?$", "", text)
    return (
        _JOURNAL_VOLUME_YEAR.match(bare) is not None
        or _JOURNAL_VOLUME_PAGES.match(bare) is not None
    )


def is_publisher(text: str) -> bool:
    """`Basic Books`, `MIT Press`, `Taylor & Francis`: a house that publishes books."""
    return _PUBLISHER.fullmatch(text.strip()) is not None


def whole_names(inner: str) -> str:
    """`Xia Ning & George Karypis, ICDM 2011` -> `Ning and Karypis`, `Noam Shazeer` ->
    `Shazeer`: people named in full (then where and when); "" when anything else is there
    (`FAIR & Inria`, `Université de Montréal`, `TU Berlin`)."""
    venue = _venue_year(inner)
    rest = inner[: venue.start()] + inner[venue.end() :] if venue else inner
    rest = _YEAR_RE.sub(" ", rest)
    parts = [
        p.strip(" .") for p in re.split(r"\s*(?:,|&|\band\b|\s[—–]\s)\s*", rest) if p.strip(" .")
    ]
    # `Haiming Wang et al., Numina and Moonshot AI's Kimi team`: the people end at "et al.";
    # where they work follows
    closing = next((i for i, p in enumerate(parts) if re.search(r"\s+et\s+al\.?$", p)), None)
    if closing is not None:
        parts = parts[: closing + 1]
    # (`ACM TiiS`, `TU Berlin`: a word in capitals is a venue's or a place's, no person's;
    # `Google`: the lab, read apart)
    parts = [
        p
        for p in parts
        if p not in VENUE_NAMES and not re.search(r"\b[A-Z]{2,}\b", p) and not _LAB_RE.fullmatch(p)
    ]
    # `Krzysztof Choromanski et al.`, `Zihang Dai, Zhilin Yang et al.`: the first authors by
    # name, then the others
    more = any(re.search(r"\s+et\s+al\.?$", p) for p in parts)
    parts = [re.sub(r"\s+et\s+al\.?$", "", p) for p in parts]
    if not parts or any(
        not _WHOLE_NAME.fullmatch(p)
        or _ORG_WORD.search(p)
        or _LAB_RE.search(p)
        # (`Machine Learning 2004`: a journal, no person)
        or _TITLE_WORD.fullmatch(p.split()[-1])
        for p in parts
    ):
        return ""
    return f"{_surname(parts[0])} et al." if more else cite_authors(parts)


#: `(Chen & Deng)`: two surnames, not a lab (but `LMU Munich & Runway` names labs)
_TWO_PEOPLE = re.compile(
    rf"(?!(?:{_LAB})\b){_SURNAME_WORD}\s*(?:&|\band\b)\s*(?!(?:{_LAB})\b){_SURNAME_WORD}"
)
_SURNAMES_ONLY = re.compile(
    # (`Lê, Pop, Cohen & Zappa Nardelli`: a surname of two words)
    # (`Xie, Da, van de Panne, Babich, Garg` (r157 blog, "Xie and Da"): a surname's
    # particles)
    rf"^\s*{_SURNAME_WORD}(?:\s*(?:,|&|\band\b)\s*(?:{_PARTICLE}\s+){{0,2}}{_SURNAME_WORD}"
    rf"(?:\s{_SURNAME_WORD})?)+"
    rf"(?=\s*(?:[,—–]|{_YEAR}|$))"
)  # `Ho, Jain, Abbeel`, `Dao, Fu, Ermon, Rudra & Ré` — then `, NeurIPS 2022`
_WHEN_WORD = re.compile(rf"{_MONTH}|Spring|Summer|Fall|Autumn|Winter")
#: a surname in a list of them: `Olsson`, and one of two words or with its particles (`Ben
#: Allal, Lozhkov, Bakouch et al.` (r105 blog), `van den Oord, Dieleman, Zen et al.`)
_LISTED_SURNAME = rf"(?:{_PARTICLE}\s+){{0,2}}{_SURNAME_WORD}(?:\s{_SURNAME_WORD})?"


def _first_listed(first: str, listed: str) -> str:
    """The first author's surname in a list: two words when the others are one (`Ben
    Allal, Lozhkov, Bakouch et al.`), the last of two when all are whole names (`Zihang
    Dai, Zhilin Yang et al.`)."""
    others = [p.strip() for p in re.sub(r"\s+et\s+al\b.*$", "", listed).split(",")[1:]]
    bare = re.sub(rf"^(?:{_PARTICLE}\s+)+", "", first)
    if bare == first and len(first.split()) == 2 and all(len(p.split()) >= 2 for p in others):
        return first.split()[1]
    return first


#: `Elhage, Nanda, Olsson et al.`, `Ameisen, Lindsey et al.`: surnames, the last with et al.
_SURNAMES_ET_AL = re.compile(
    rf"^\s*(?P<first>{_LISTED_SURNAME})(?:\s*,\s*{_LISTED_SURNAME})+\s+et\s+al\b"
)
_CAPS_YEAR = re.compile(rf"(?<![\w-])(?P<venue>[A-Z][A-Z0-9&]{{1,8}})\s+(?P<year>{_YEAR})\b")
_PUBLISHERS = frozenset(
    {"IEEE", "ACM", "arXiv", "Springer", "Elsevier", "PMLR", "USENIX", "AAAI", "JMLR", "OpenReview"}
    | {"Press", "Datasets", "Benchmarks", "Track", "Workshop", "Findings"}
    # (`(Cambridge UP, 2010)` (r161 syllabus, "Nilsson (Cambridge)"): a university press)
    | {"UP", "U.P."}
)


def _product(text: str) -> bool:
    """One word ending in a version names a product or a model, never a lab: `(V100,
    2017)`, `NeurIPS 2021 (ESM-1v)`, `(ESM3)`, `(ESM-IF1)` (but `AI2`, a lab srs knows,
    and `W3C`), and so does one word with a capital inside (`CopyNet`, not `DeepMind`)."""
    versioned = re.fullmatch(r"[A-Za-z][A-Za-z-]*\d+(?:\.\d+)?[a-z]{0,2}", text)
    # `(CopyNet)`, `(AlexNet)`: one word with a capital inside, a model's name
    camel = re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", text)
    return bool(versioned or camel) and text not in LAB_NAMES


def _org_of(inner: str) -> str:
    """The organisations a citation's bracket names besides its authors, year and venue:
    `LMU Munich & Runway, CVPR 2022` -> `LMU Munich & Runway`."""
    rest = _VENUE_YEAR.sub(" ", inner)
    rest = _YEAR_RE.sub(" ", rest)
    rest = _ISSUED.sub(r"\g<body>", rest)  # `W3C Recommendation, 2013`: W3C issued it
    rest = _DATASETS_TRACK.sub(" ", rest)  # `NeurIPS 2024 D&B`: the venue's track
    parts = [p.strip(" .") for p in rest.split(",") if p.strip(" .")]
    orgs = [
        p
        for p in parts
        if _ORG.match(p)
        and not re.search(r"\bet al\b", p)
        and not set(re.split(r"[\s/]+", p)) & _PUBLISHERS  # `IEEE JSTSP`: a journal
        and not _PUBLISHER.match(p)  # `Journal of Cryptology`: a venue's whole name
        and not _product(p)
        and not _TWO_PEOPLE.fullmatch(p)
        # `(Wager & Athey, JASA, 2018)`, `(… , SODA, 2007)`: a venue; `(Rasmussen & Williams,
        # Gaussian Processes for Machine Learning, 2006)`: a book's title
        and not (re.fullmatch(r"[A-Z]{2,6}", p) and p not in LAB_NAMES)
        and not _VENUE_ALONE.fullmatch(p)
        and (len(p.split()) < 4 or lab_in(p, loose=True))
    ]
    return (
        orgs[0]
        if (len(orgs) == 1 and (not _PERSON.match(orgs[0]) or _ORG_WORD.search(orgs[0])))
        or (orgs and lab_in(orgs[0], loose=True))
        else ""
    )


def _venue(match: re.Match[str]) -> str:
    year = match.group("year")
    if len(year) == 2:
        year = ("20" if int(year) < 50 else "19") + year
    return f"{match.group('venue')} {year}"


#: where people put their work up, never one of its authors
_PLATFORMS = frozenset(
    {"github", "gitlab", "substack", "medium", "youtube", "twitter", "x", "reddit", "blog"}
)


def _tidy(authors: str) -> str:
    """Authors as people cite them: `O'Neil, Cheng, Gawlick & O'Neil` -> `O'Neil et al.`,
    `Bayer & McCreight` -> `Bayer and McCreight`."""
    authors = re.sub(r"\s+", " ", authors).strip(" ,")
    authors = re.sub(r"et al$", "et al.", authors)
    if "et al" in authors:
        return authors
    names = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", authors) if n]
    if len(names) >= 3:
        return f"{names[0]} et al."
    return " and ".join(names) if names else authors


# `by Christopher Manning, Prabhakar Raghavan and Hinrich Schütze (…)` after a title; a
# middle name (`Yakun Sophia Shao`) or initials first (`H. T. Kung`) too
_FULL_NAME = (
    rf"(?:[A-Z]\.(?:\s?-?[A-Z]\.)*|{_WORD_NAME}(?:\s+[A-Z]\.)?"
    rf"(?:\s+{_WORD_NAME}(?=\s+{_WORD_NAME}))?)(?:\s+{_PARTICLE})?\s+{_NOT_SURNAME}{_WORD_NAME}"
    # (`Wouter B. Verschoof-van der Vaart` (r139 syllabus): a double surname whose second
    # part keeps its particles)
    r"(?:(?:(?<=-van)|(?<=-von)|(?<=-de)|(?<=-der)|(?<=-den)|(?<=-la)|(?<=-le)|(?<=-du))"
    rf"(?:\s+{_PARTICLE})?\s+{_WORD_NAME})?"
)
#: `and a long list of Google co-authors`, `and colleagues`: more people, unnamed
_MORE_PEOPLE = re.compile(
    r"\s*(?:,\s*)?(?:and|&)\s+(?:(?:a\s+(?:long\s+)?(?:list|team|group)\s+of\s+)|many\s+|several\s+"
    r"|\d+\s+|dozens\s+of\s+)?(?:[A-Z][\w-]*\s+)?(?:co-?authors|others|colleagues|collaborators)\b"
)
_BY_PEOPLE = re.compile(
    rf"^\s*by\s+(?P<authors>{_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*"
    rf"(?:,?\s+(?:and|&)\s+{_FULL_NAME})?)(?P<others>\s+et\s+al\b\.?)?(?![\w'’-])"
)
#: `Sara Hooker's`, `H. T. Kung's`, `Wulf and McKee's`, `Hyoukjun Kwon et al.'s`: people in
#: the possessive, opening a sentence about their work (one surname alone is no byline:
#: `Moore's law`, `Amdahl's law`)
_SOMEONE = rf"(?:{_FULL_NAME}|{_SURNAME})"
_WHOSE_WORK = re.compile(
    rf"^\s*(?P<authors>{_FULL_NAME}(?:\s+et\s+al\b\.?)?|{_SURNAME}\s+et\s+al\b\.?"
    rf"|{_SOMEONE}(?:\s*,\s*{_SOMEONE})*,?\s+(?:and|&)\s+{_SOMEONE})"
)


#: `Zhong-Qiu Wang, Samuele Cornell, Shinji Watanabe and colleagues at CMU and MERL (…)`,
#: `Simon Welker, Julius Richter and Timo Gerkmann, "…"`: people by their whole names first
_NAMED_PEOPLE_FIRST = re.compile(
    rf"^\s*(?P<authors>{_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*(?:,?\s+(?:and|&)\s+{_FULL_NAME})?)"
    r"(?P<others>\s+et\s+al\b\.?|,?\s+and\s+(?:colleagues|others|co-?authors)"
    # (`Yann LeCun, Yoshua Bengio, Geoffrey Hinton: 436–444.` once the journal is cut (r161
    # syllabus, "LeCun and Bengio"): the pages after a colon)
    r"(?:\s+at\s+[^,(]+?)?)?(?=\s*(?:[,(·;]|:\s*\d|$))"
)


def _named_people_first(text: str) -> tuple[Attribution, str] | None:
    """People by their whole names opening `text` (two or more, or one and others), and the
    text after them; None when the names are a lab's or anything else's."""
    found = _NAMED_PEOPLE_FIRST.match(text)
    if found is None:
        return None
    names = [n for n in re.split(r"\s*(?:,|\band\b|&)\s*", found.group("authors")) if n]
    # (a lab's name opening one is no person: `Google Brain`; but `Samuele Cornell` is one)
    if (len(names) < 2 and not found.group("others")) or any(
        _LAB_RE.match(name) or name in VENUE_NAMES for name in names
    ):
        return None
    authors = cite_authors(names)
    if found.group("others") and not authors.endswith("et al."):
        authors = f"{_surname(names[0])} et al."
    lab = lab_in(found.group("others") or "")
    return Attribution(authors=authors, lab=lab), text[found.end() :]


def whose_at_end(text: str) -> tuple[int, Attribution] | None:
    """Where the people `text` ends with in the possessive start, and who they are (`… read
    Zhe Jia et al.'s` -> `Jia et al.`, `van den Oord, Kalchbrenner & Kavukcuoglu's`)."""
    text = text.rstrip(' "“*_')
    for word in re.finditer(rf"(?:^|(?<=[\s(]))(?:[{_UPPER}]|(?i:{_PARTICLE})\s)", text):
        found = whose_work(text[word.start() :])
        if found is not None and not found[1].strip():
            return word.start(), found[0]
    return None


def whose_work(text: str) -> tuple[Attribution, str] | None:
    """(the people, the text after them) when `text` opens with people in the possessive
    (`Wulf and McKee's …`); None when it does not (`Google's …` is a lab's)."""
    mark = re.search(r"['’]s(?=\s|$)", text[:120])
    found = _WHOSE_WORK.fullmatch(text[: mark.start()]) if mark is not None else None
    if mark is None or found is None:
        return None
    people = found.group("authors")
    if _LAB_RE.search(people):
        return None
    others = re.search(r"\s+et\s+al\b\.?$", people)
    names = re.split(
        r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)\s*",
        people[: others.start()] if others else people,
    )
    authors = cite_authors([n for n in names if n])
    if others is not None and not authors.endswith("et al."):
        authors = f"{_surname(names[0])} et al."
    return Attribution(authors=authors), text[mark.end() :]


#: people (two or more), their bracket with a year, then a text
_BYLINE_THEN_TEXT = re.compile(
    rf"^\s*(?P<by>[^()]*?(?:,|&|\band\b|\bet al\b)[^()]*?\([^()]*{_YEAR}[^()]*\))"
    r"\.?\s+(?P<rest>[^\s,.;:)].*)$",  # (`Arik, Pfister (Google, AAAI 2021). Sequential …`)
    re.DOTALL,
)


def author_list(text: str) -> tuple[Attribution, str] | None:
    """`Jung, Ralf; Jourdan, Jacques-Henri; Dreyer, Derek. "RustBelt: …"`: a reference
    list's authors, one `Surname, Given` per semicolon, and the text after them."""
    listed = _SURNAME_FIRST_LIST.match(text)
    if listed is None:
        return None
    names = [item.split(",")[0].strip() for item in listed.group("list").split(";")]
    return Attribution(authors=cite_authors(names)), text[listed.end() :].lstrip(" .,")


#: `(e.g. Ghorbani, Krishnan & Xiao, ICML 2019)`, `cf. Vaswani et al. 2017`: a work cited
#: as an example of use or for comparison, never who made the thing the text is about
_EXAMPLE_WORDS = (
    r"(?:e\.\s?g\.?|eg\.|for example|for instance|such as|cf\."
    # `(à la Lample et al.'s product key memories)` (r132 table: "la Lample et al." made
    # PEER): another's work it is like (`à` alone: the particle `la` may go with the name)
    r"|[àa]\s+la|à"
    # `(van Hateren's database, following Lee, Pedersen & Mumford 2003)` (r132 glossary,
    # "Who made **Klein bottle of image patches**? → Lee et al., 2003"): whose work it
    # builds on
    r"|following|building\s+on|extending|unlike)[,:]?\s*"
)
_EXAMPLE = re.compile(rf"^\s*{_EXAMPLE_WORDS}", re.IGNORECASE)
_EXAMPLE_BEFORE = re.compile(rf"(?<![\w.]){_EXAMPLE_WORDS}$", re.IGNORECASE)


_JOURNAL_ABBREVIATED = re.compile(
    r"\bJ\.\s+(?=(?:[A-Z][a-z]+(?:ology|ics)|Algorithms|Logic|Computing|Research)\b"
    # `J. Theor. Biol. 53:205` (r93 glossary, "Who made **Handicap principle**? → Theor"):
    # the journal's words abbreviated too (never `J. Smith`)
    r"|[A-Z][a-z]{1,8}\.\s+[A-Z][a-z]{1,8}\.)"
)


#: a journal's volume (issue), then the year: `75(3), 1985, 424–440`
#: (`NBER Working Paper 27146, 2020.`: a paper's number, then the year)
_VOLUME_YEAR = re.compile(rf"\b\d{{1,6}}(?:\(\d{{1,3}}\))?,\s*(?P<year>{_YEAR})\b(?=,\s*\d|\.|$)")
#: a syllabus's mark before a reading: `(†)`, `(*)`, `‡`
_READING_MARK = re.compile(r"^\s*(?:\((?:†|‡|\*{1,2}|§)\)|[†‡§])\s*")
#: a list's own marks of how far its writer got, closing a byline: `… Morgan Kaufmann 1999
#: ⭐ (✓)` (r159 notes, Levine's book made by no one)
_STATUS_MARKS = re.compile(
    r"(?:\s*(?:[\u2600-\u27bf\u2b50\U0001f000-\U0001faff]\ufe0f?|\((?:✓|✔|…|\.\.\.|✗)\)))+\s*$"
)


_COURSE_SITE = re.compile(rf"\s*\((?:on\s+)?(?:{'|'.join(COURSE_SITES)})\)")
#: where a talk's video is: `Matt Godbolt, CppCon 2018 (on YouTube)` (r159 notes, YouTube
#: read as his lab)
_VIDEO_SITE = re.compile(r"\s*\(\s*(?:on|via)\s+(?:YouTube|Vimeo|Twitch|Bilibili)\s*\)")


#: a note's lab, then when it released the thing: `Google, open-sourced 2018.` (r105 notes),
#: `Google, launched Dec 2016` (r104 notes)
#: the verbs that say a thing came out (`launched`, `open-sourced`)
RELEASED = r"(?:open[- ]sourced|launched|released|announced|introduced|started|founded)"
_LAB_RELEASED = re.compile(
    rf"^\s*(?P<lab>[A-Z][\w&.' -]{{1,40}}?),\s+{RELEASED}(?:\s+in)?\s+(?:{_MONTH}\s+)?"
    rf"(?P<year>{_YEAR})\s*\.?\s*$"
)


#: `— Hugging Face (Nanotron team, Tazi et al.), 2025.`: a lab, its people, the year
_LAB_PEOPLE_YEAR = re.compile(
    rf"^\s*(?:[—–-]\s*)?(?P<lab>[A-Z][\w&.' -]{{1,40}}?)\s*\((?P<people>[^()]{{3,80}})\),?\s+"
    rf"(?P<year>{_YEAR})\s*\.?\s*$"
)


_HYPHENED_INITIAL = re.compile(r"\b([A-Z][a-z]+-[A-Z])\.(?=\s[A-Z][a-z])")


#: a second venue after a slash, right after the first one's year: `SIGGRAPH 2022 / ACM TOG`
_SECOND_VENUE = re.compile(
    r"(?<=\b(?:19|20)\d\d)\s*/\s*(?:ACM\s+)?(?:TOG|TPAMI|IJCV|JMLR|TMLR|PAMI|CGF)\b(?=\s*[(.,;]|\s*$)"
)

#: another version of the reading, in brackets after it: `(conference version "…," ESOP 2009)`
_OTHER_VERSION = re.compile(
    r"\s*\((?:the\s+|an?\s+)?(?:conference|journal|earlier|extended|short|workshop|preprint|"
    r"arxiv|full|long)\s+version\b[^()]*\)",
    re.IGNORECASE,
)
#: the last of a list of people by their whole names, then `and many others`
_MANY_OTHERS = re.compile(
    r"(?P<last>,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)+)\s+and\s+"
    r"(?:many|several|a\s+few|lots\s+of|a\s+dozen)\s+(?:others|more|co-?authors)(?=\s*[(,.;]|\s*$)"
)


_COMMA_ET_AL = re.compile(
    rf"^(?P<names>[\s—–-]*{_SURNAME_WORD}(?:,\s+{_SURNAME_WORD})+),\s+(?P<more>et\s+al\b)"
)


#: `Bowen, *The Evolution of the Igneous Rocks* (1928).` (r155 glossary, no one made the
#: reaction series): a surname or two, a comma, a book's title in italics, its year — a
#: citation whole
#: a link's word, then the citation, in one bracket: `(arXiv, Hari & Thomson, 2023)`
_LINK_WORD_FIRST = re.compile(r"([(;])\s*(?:arXiv|pdf|PDF|paper|link|code)\s*[,;]\s*")
#: what kind of work, between its writer and where: `, PhD thesis, Stanford 1983`
_THESIS_KIND = re.compile(
    r",\s*(?:PhD|Ph\.\s?D\.|doctoral|master['’]?s|MSc|MPhil)\s+(?:thesis|dissertation)"
    r"(?=\s*[,(]|\s+(?:1[89]|20)\d\d)",
    re.IGNORECASE,
)
_SURNAME_BOOK_YEAR = re.compile(
    rf"^\s*(?P<who>{_WORD_NAME}(?:\s+(?:&|and)\s+{_WORD_NAME})?),\s+"
    # (never two more people: `Smith, Jones and Brown, 2020` read "Smith")
    rf"(?!{_WORD_NAME}\s+and\s+{_WORD_NAME}\s*[(,])"
    r"(?:(?P<mark>[*_])[A-Z][^*_.;:()]{2,120}?(?P=mark)"
    # (its italics may be gone: `Oberth, Wege zur Raumschiffahrt (1929).` (r159 glossary),
    # a title with a small word of its own; never more people: `Blei, Kucukelbir &
    # McAuliffe (2017)`)
    r"|[A-Z][^*_.;:(),&]{0,60}?\s[a-zß-ÿ]{2,}\s[^*_.;:(),&]{1,60}?)"
    rf"\s*(?:\((?P<year>{_YEAR})\)|,\s*(?P<comma>{_YEAR}))\.?\s*$"
)


def cut(text: str, *, prose_lab: bool = True) -> tuple[Attribution, str]:
    """The attribution `text` gives, and `text` without it (see `_cut`); never a list's
    second author as its first (`Schrimpf, M., Kubilius, J. et al. "…" (2018)`)."""
    source = VANCOUVER_SOURCE.search(text) if ";" in text else None
    if source is not None:
        # `Gotoh O. … J Mol Biol. 1982;162(3):705–708.` (r179 syllabus, its claim "162(3):
        # 705–708. — the three-matrix …" and no year): where and when, read and taken out
        found, rest = cut(f"{text[: source.start()]} {text[source.end() :]}", prose_lab=prose_lab)
        return (found if found.year else replace(found, year=int(source["year"]))), rest
    # (`Sarita V. Adve, Hans-J. Boehm, "Memory Models: …"` (r125 syllabus, "Adve and Hans-J"):
    # a given name and its hyphened initial are one given name)
    text = _HYPHENED_INITIAL.sub(r"\1", text)
    # `(JGR 83(A6), 1978)` (r159 glossary, Kessler syndrome made by no one): an issue's
    # letter, as `83(6)` reads
    text = re.sub(r"(?<=\d)\(\s*[A-Z](\d{1,3})\s*\)", r"(\1)", text)
    # `Mirhoseini, Goldie, et al. The arXiv preprint …` (r150 table, the byline left in the
    # gist): surnames, then a comma before `et al.`
    text = _COMMA_ET_AL.sub(r"\g<names> \g<more>", text)
    # `Murray Campbell, A. Joseph Hoane Jr., Feng-hsiung Hsu` (r151 syllabus, "Who made
    # **Deep Blue**? → Hoane and Hsu"): a generational suffix inside a list of people
    text = re.sub(r"(?<=[a-z])\s+(?:Jr|Sr)\.?(?=,\s)", "", text)
    # `Frank M. Liang, PhD thesis, Stanford 1983` (r179 notes, made by no one): what kind of
    # work, between its writer and where
    text = _THESIS_KIND.sub("", text)
    # `([arXiv](…), Hari & Thomson, 2023)` (r179 blog, "Xiv et al."): a link's word that
    # opens the citation is nobody's name
    text = _LINK_WORD_FIRST.sub(lambda found: found[1] + (" " if found[1] == ";" else ""), text)
    inverted = inverted_byline(text) or vancouver_byline(text)
    if inverted is not None:
        return inverted, ""
    book = _SURNAME_BOOK_YEAR.match(text)
    if book is not None and not _LAB_RE.search(book["who"]):
        return Attribution(
            authors=cite_authors(re.split(r"\s+(?:&|and)\s+", book["who"])),
            year=int(book["year"] or book["comma"]),
        ), ""
    handle = _HANDLE_DATE.match(text)
    if handle is not None and handle["handle"] not in STOPWORDS:
        return Attribution(authors=handle["handle"], year=int(handle["year"])), handle["rest"] or ""
    released = _LAB_RELEASED.match(text)
    if released is not None and lab_in(released["lab"], loose=True) == released["lab"].strip():
        return Attribution(lab=released["lab"].strip(), year=int(released["year"])), ""
    bracketed = _LAB_PEOPLE_YEAR.match(text)
    if bracketed is not None and lab_in(bracketed["lab"], loose=True) == bracketed["lab"]:
        # `Hugging Face (Nanotron team, Tazi et al.), 2025.` (r122 syllabus, its gist "Hugging
        # Face (Nanotron team,), 2025"): a lab, its people in brackets, the year
        inner = cut(bracketed["people"], prose_lab=False)[0]
        if inner.authors:
            return replace(inner, lab=bracketed["lab"], year=int(bracketed["year"])), ""
    led = _BY_LEAD.match(text)
    if led is not None:
        # `[LLM.int8(): …](arXiv) by Dettmers, Lewis, Belkada and Zettlemoyer (NeurIPS 2022)`
        # (r93 blog: six entries read no authors, and a claim "by Sun, Chen, Kolter and Liu")
        found, rest = cut(text[led.end() :], prose_lab=prose_lab)
        if found.authors and not rest.strip(" .,;:"):
            return found, rest
    # `Keyulu Xu*, Weihua Hu*, …`: a mark of equal contribution, no part of a name
    text = re.sub(r"(?<=[a-zß-ÿ])(?:\\?\*)+(?=,\s+[A-Z])", "", text)
    # `(J. Cryptology 2021)`: a journal's abbreviated name, never a person's initial
    text = _JOURNAL_ABBREVIATED.sub("Journal of ", text)
    text = _READING_MARK.sub("", text)  # `(†) Katz, M. and C. Shapiro, …` (r78 syllabus)
    # `… SIGGRAPH '85 (Canvas)` (r96 syllabus, "Perlin (Canvas)"): where a course keeps it
    text = _COURSE_SITE.sub("", text)
    text = _VIDEO_SITE.sub("", text)
    # `Müller, Evans, Schied, Keller, SIGGRAPH 2022 / ACM TOG (best paper)` (r127 table, its
    # bylines asked as clues): the conference, then the journal that printed it too
    text = _SECOND_VENUE.sub("", text)
    # `… Logical Methods in Computer Science 9(4), 2013 (conference version "Handlers of
    # Algebraic Effects," ESOP 2009)` (r127 syllabus, its gist "Logical Methods in
    # Computer"): the reading is the journal's; the other version's venue is not its own
    text = _OTHER_VERSION.sub("", text)
    # `Abdul Fatir Ansari, Lorenzo Stella, Caner Turkmen and many others (Amazon)` (r127
    # blog, "Ansari and Stella"): the rest of the authors, as `et al.` says it
    text = _MANY_OTHERS.sub(r"\g<last> et al.", text)
    # `Lemire & Boytsov, Software: Practice & Experience 2015` (r154 notes, no authors read):
    # the journal's own `&` after its colon joins no people
    text = re.sub(r"(?<=,\s)([A-Z][a-z]+:\s+[A-Z][a-z]+)\s+&\s+(?=[A-Z][a-z]+)", r"\1 and ", text)
    # `(Toth & Kalnay 1993, 1997)` (r156 glossary, "Toth, 1997"): the same people's papers
    # of two years, cited from the first
    text = re.sub(
        r"(?<=[a-z]\s)((?:19|20)\d\d[a-z]?)(?:,\s*(?:19|20)\d\d[a-z]?)+(?=\s*[);]|\s*$)",
        r"\1",
        text,
    )
    found, rest = _cut(text, prose_lab=prose_lab)
    if not found.authors and _STATUS_MARKS.search(text):
        # (`… Morgan Kaufmann 1999 ([drafts online](…)) ⭐ (✓)`: the marks kept the people
        # from being read)
        unmarked = _STATUS_MARKS.sub("", text)
        again = cut(unmarked, prose_lab=prose_lab)
        # (but `— Egor Rogov, Postgres Professional (pdf) 🔁`: one person and their company,
        # read where a byline of the title is, never "Rogov and Professional")
        one_person = _one_person_after_dash(re.sub(r"^\s*[—–]\s+", "", unmarked))
        if again[0].authors and one_person is None:
            return again
    if re.search(r"[a-z]['’]s$", found.authors):
        # `Named in Thaler's "Nudge, not sludge" (2018, …)` (r106 glossary, "Thaler's, 2018")
        found = replace(found, authors=found.authors[:-2])
    paged = re.fullmatch(rf"(?P<journal>.+?)\s+(?P<year>{_YEAR})", found.venue)
    if (
        paged is not None
        and found.year
        and int(paged["year"]) != found.year
        and re.search(rf"\b\d{{1,4}},\s+{paged['year']}\b", text)
    ):
        # `Petters & Kreidenweis (2007), ACP 7, 1961` (r88 glossary, "ACP 1961"): a volume and
        # its page after the journal, the year given apart
        found = replace(found, venue=paged["journal"])
    two = re.fullmatch(r"(?P<first>\S+) and \S+", found.authors)
    if two and re.match(rf"\s*{re.escape(two['first'])},\s+[^,]+,\s*\.\.\.", text):
        # `Adams, Ballantine, ... (many authors)` (r84 notes): the first of many
        found = replace(found, authors=f"{two['first']} et al.")
    if found.authors.endswith(" et al.") and found.authors.removesuffix(" et al.") in LAB_NAMES:
        # `(Stanford et al., NeurIPS 2020)`: a lab and the others', never a person
        lab = found.authors.removesuffix(" et al.")
        alone = re.sub(rf"\b{re.escape(lab)}\s+et\s+al\.?", lab, text)
        return cut(alone, prose_lab=prose_lab)
    referenced = _referenced(text) if not found.authors else None
    if referenced is not None:
        found, rest = referenced
    quoted = QUOTED_TITLE.search(rest) if not found.authors and found.year else None
    if quoted is not None and not rest[quoted.end() :].strip(" .,;"):
        # `Clohessy & Wiltshire, "Terminal guidance system for satellite rendezvous" (J.
        # Aerospace Sci. 27(9), 1960)` (r159 glossary): the bracket said where and when; the
        # people stand before the title
        who, left = cut(rest[: quoted.start()].rstrip(" ,"), prose_lab=prose_lab)
        if who.authors and not left.strip(" ,.;"):
            found, rest = who.merged(found), ""
    # (`— Dan Ports, Kevin Grittner, VLDB 2012` (r79 notes): after the dash that opens it)
    dashed = re.match(r"^\s*[—–]\s+", rest)
    after_dash = rest[dashed.end() :] if dashed else rest
    named = _named_people_first(after_dash) if not found.authors else None
    if named is None and dashed is not None and not found.authors:
        # `**The Internals of PostgreSQL** — Hironobu Suzuki (https://…)` (r79 notes): one
        # person, alone after the dash that follows a name
        named = _one_person_after_dash(after_dash)
    if named is not None:
        # `Zhong-Qiu Wang, Samuele Cornell, Shinji Watanabe and colleagues at CMU and MERL
        # (ICASSP 2023 …)`: people by their whole names, left in front of the text
        found, rest = named[0].merged(found), named[1].lstrip(" ,.;")
        when = _PLACE_THEN_YEAR.match(rest) if dashed is not None else None
        if when is not None and not found.year:
            # `— Andy Pavlo & Bohan Zhang, OtterTune blog, 2023` (r79 notes): where, when
            found, rest = replace(found, year=int(when["year"])), rest[when.end() :]
    people = _NAMES_THEN_BRACKET.match(text)
    if people is not None and found.authors and " " not in found.authors:
        # `Chris J. Pickard, R. J. Needs (Cambridge, …)` (r77 awesome): the initialled last
        # author was read alone; the whole names before the bracket are all of them
        whole = whole_names(people.group("names"))
        if whole != found.authors and whole.endswith(found.authors):
            found = replace(found, authors=whole)
    if found.authors.endswith(" et al."):
        second = re.escape(found.authors.removesuffix(" et al."))
        first = re.match(
            rf"^\W*(?P<first>{_SURNAME_WORD}),\s+(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*,\s+)?{second}\b",
            text,
        )
        if first is not None:
            found = replace(found, authors=f"{first.group('first')} et al.")
            rest = re.sub(rf"^\W*{re.escape(first.group('first'))},\s*", "", rest)
        else:
            # `(Arık, Ping, Peng et al.)`: surnames in a bracket before the one cut, the
            # first of them first
            listed = re.search(
                rf"\(\s*(?P<first>{_LISTED_SURNAME})(?:,\s+{_LISTED_SURNAME})*,\s+{second}\s+et\s+al\b",
                text,
            )
            if listed is not None:
                first_one = _first_listed(listed.group("first"), listed.group(0))
                found = replace(found, authors=f"{first_one} et al.")
                rest = re.sub(
                    rf"\(\s*{_LISTED_SURNAME}(?:,\s+{_LISTED_SURNAME})*,?\s*\)\s*;?", "", rest
                ).strip()
    if _REPORT_NUMBER.search(found.venue):
        # `MIT CSAIL Technical Report MIT-CSAIL-TR-2012-021, 2012` (r80 syllabus): where,
        # never the report's number
        found = replace(found, venue=_REPORT_NUMBER.sub("", found.venue))
    if rest.count(")") > rest.count("(") and not text.count(")") > text.count("("):
        # `The idea is from Keynes (1936), revived …` (r92 glossary, "The idea is from),
        # revived …"): a bracket the citation took half of
        rest = re.sub(r"\s*\)(?=[\s,;.]|$)", "", rest, count=1)
    return found, rest


#: a byline that says "by" first: `by Dettmers, Lewis, Belkada and Zettlemoyer (…)`
_BY_LEAD = re.compile(r"^\s*by\s+(?=[A-Z][a-zà-ÿ'’-]+[,\s])")
#: a report's number in a venue: `MIT-CSAIL-TR-2012-021`, `TR-CS-96-05`, `UCB/EECS-2009-28`
_REPORT_NUMBER = re.compile(r"\s+[A-Z][A-Z/]*(?:-[A-Z0-9]+){2,}(?=\s|,|$)")


#: where a work appeared, then its year, after its people: `OtterTune blog, 2023`
_PLACE_THEN_YEAR = re.compile(rf"^(?:[A-Z][\w.&'’-]*\s+){{0,3}}[\w.&'’-]+,\s*(?P<year>{_YEAR})\b")
#: people whose last initial ends before the gap a quoted title left: `Evans, P.R. &
#: Murshudov, G.N.   Acta Cryst. D …`
_INITIALS_THEN_GAP = re.compile(
    r"^(?P<people>[^\s].*?\b[A-Z]\.)\s{3,}(?P<rest>[A-Z].*)$", re.DOTALL
)
#: what may follow one person alone after a dash: nothing, a bracket, an organisation
_ONE_PERSON_THEN = re.compile(
    r"^\s*(?:$|\(|,\s*(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:$|\())"
)
#: a word's ending no surname has (`— Extended Version`, `— Hybrid Clocks`)
_NOUN_ENDING = re.compile(r"(?:tion|sion|ing|ness|ment|ity|ics|ance|ence|ure|ism|ogy|ks|ts)$")


def _one_person_after_dash(text: str) -> tuple[Attribution, str] | None:
    """`Hironobu Suzuki (https://…) ⭐`, `Egor Rogov, Postgres Professional (pdf)`: one
    person by their whole name (and their organisation), with nothing else after them."""
    found = re.match(rf"^(?P<name>{_FULL_NAME})", text)
    if found is None:
        return None
    name = found["name"]
    after = re.sub(r"[^\w\s(),.;:&'’/-]+", " ", text[found.end() :])  # (`⭐`, `🔁`)
    then = _ONE_PERSON_THEN.match(after)
    if (
        then is None
        or _LAB_RE.match(name)
        or name in VENUE_NAMES
        or any(_TITLE_WORD.fullmatch(word) for word in name.split())
        or _NOUN_ENDING.search(name.split()[-1])
    ):
        return None
    org = then["org"] or ""
    lab = org if org and not _TITLE_WORD.search(org) and org not in VENUE_NAMES else ""
    return Attribution(authors=cite_authors([name]), lab=lab), text[found.end() :]


_NAMES_THEN_BRACKET = re.compile(r"^[\s\-–—]*(?P<names>[^()\"“]{3,200}?)\s*\(")


def _one_person_bracket(text: str, *, prose_lab: bool) -> tuple[Attribution, str] | None:
    """`(Henrik Wann Jensen, Eurographics Workshop on Rendering, 1996)`, `(Eric Veach,
    Stanford PhD thesis, 1997)`: one person by their whole name, then where and when — and
    the text after the bracket; None for anything else (the first of several people,
    surnames, a lab, a venue or a publisher)."""
    alone = _PERSON_BRACKET.match(text)
    if alone is None:
        return None
    # (not the first of several people: `(Thomas Müller, Fabrice Rousselle, … SIGGRAPH 2021)`,
    # nor `(Le Roux, Schmidt & Bach 2012)`: surnames)
    after_person = re.split(r"[,;]|\band\b|&", alone.group("rest"))[0].strip()
    if (
        re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3}", after_person)
        and not _LAB_RE.fullmatch(after_person)
        and not _VENUE_ALONE.fullmatch(after_person)
    ) or "et al" in after_person:
        return None
    words = alone.group("person")
    # (`(Sher Music, 1995)` (r178 glossary, "Who made **JTB**? → Music, 1995"): a house)
    publisher = re.search(
        r"\b(?:Press|Books|Publishing|Publishers|Publications|Media|Music|Editions|Verlag)\b",
        words,
    )
    if _LAB_RE.match(words) or _TITLE_WORD.search(words) or _VENUE_ALONE.search(words) or publisher:
        return None
    where = cut(f"({alone.group('rest')})", prose_lab=prose_lab)[0]
    # (`Eurographics Workshop on Rendering, 1996`: a venue no list knows, its year)
    when = where.year or year_in(alone.group("rest"))
    # (`(Alisa Liu, Jonathan Hayase et al.; COLM 2025)`: the first of several)
    if not (when or where.venue) or where.authors:
        return None
    who = Attribution(authors=_surname(words), year=when)
    return who.merged(replace(where, authors="")), text[alone.end() :].strip()


#: where a referenced paper appeared, then when: `ACM TOG 1982`, `*IEEE Internet Computing*,
#: 2003`, `Computer Graphics Forum 1994`
_PLACE_THEN_YEAR = re.compile(
    rf"^\s*(?P<where>[*_]*[A-Z](?:[^,()\"“”;]|\([^()]*\)){{1,60}}?[*_]*),?\s+"
    rf"(?P<year>{_YEAR})(?![\w-])"
)
_AUTHORS_THEN_QUOTED = re.compile(
    rf"^\s*(?P<authors>{_AUTHORS_ALONE}),\s*(?P<title>[\"“][^\"“”]{{8,}}[\"”]),?\s*(?P<after>.*)$"
)


def _referenced(text: str) -> tuple[Attribution, str] | None:
    """`Cook & Torrance, "A Reflectance Model for Computer Graphics", ACM TOG 1982, …`: who,
    their quoted title (left in the text), then where and when; or None."""
    referenced = _AUTHORS_THEN_QUOTED.match(text)
    if referenced is None:
        return None
    people = byline(referenced["authors"])
    if people is None and re.fullmatch(_SURNAME_WORD, referenced["authors"]):
        people = Attribution(authors=referenced["authors"])  # `Schlick, "An …", CGF 1994`
    placed = _PLACE_THEN_YEAR.match(referenced["after"])
    if people is None or not people.authors or placed is None:
        return None
    year = int(placed["year"])
    where = Attribution(year=year, venue=f"{placed['where'].strip(' *_')} {year}")
    left = referenced["after"][placed.end() :].strip(" ,.;")
    return people.merged(where), f"{referenced['title']} {left}".strip()


#: `Archimedes,   , in T. L. Heath (ed.), *The Works of Archimedes* (Cambridge, 1897)` (r163
#: syllabus, "Who made **The Method**? → Cambridge, 1897"): a classic's author by one name,
#: the gap where the title was, then the edition it is read in
#: an edition or a translation the work is read in, by someone else
_EDITION_BY = re.compile(r"\b(?:ed|trans)\.\s|\b(?:edited|translated)\s+by\b")
_CLASSIC_THEN_GAP = re.compile(
    rf"^\s*(?P<person>{_NOT_SURNAME}[{_UPPER}][{NAME_LOWER}]{{3,}})(?:,\s{{3,}}|,\s*,\s+)"
    # (`Hobbes,   , ed. Edwin Curley (Hackett, 1994)` (r167 syllabus, "Who made Leviathan? →
    # Hackett"): the edition the work is read in, its editor's or translator's)
    # (`Kepler, , (1609), Introduction, in *New Astronomy*, trans. …` (r172 syllabus, "Who
    # made **Astronomia nova**? → Cambridge, 1992"): the work's own year and the part read
    # first)
    r"(?P<rest>(?:\((?:1[2-9]\d\d|20[0-4]\d)\)[,.]?\s+)?(?:[A-Z][^,()]{0,40},\s+)?"
    r"(?:in|ed\.|trans\.|(?:edited|translated)\s+by)\s+\S.*)$",
    re.DOTALL,
)
#: `(1637), Book I …`, `(lecture 1854, publ. 1868), trans. …`: the work's own year, in the
#: bracket right after its title
#: (`(1734)`: a classic's year may be older than any year a citation gives)
_CLASSIC_YEAR = r"(?P<year>1[2-9]\d\d|20[0-4]\d)\b"
_OWN_YEAR = re.compile(rf"^[\s,]*\((?:[a-z.]+\s+)?{_CLASSIC_YEAR}[^()]*\)")
#: `(Chelsea, 1950; orig. *Grundbegriffe der Wahrscheinlichkeitsrechnung*, 1933)` (r166
#: syllabus, "Kolmogorov, 1950"): the original's year, said in the bracket after the title
_ORIGINAL_YEAR = re.compile(
    r"^[\s,]*\([^()]*?\b(?:orig\.|original(?:ly)?|first\s+published)\s[^()]*?"
    rf"\b{_CLASSIC_YEAR}[^()]*\)"
)
#: `trans. John D. Blanton (Springer, 1988)`, `ed. Edwin Curley (Hackett, 1994)`: what follows
#: is the translation or the edition a work is read in, and its year is that one's (in lower
#: case: never `IEEE Trans. Computers`, a journal)
_TRANSLATED_OR_EDITED = re.compile(
    r"\b(?:trans\.|transl\.|tr\.|[Tt]ranslated\s+by|[Tt]ranslation\s+by|English\s+translation"
    # (and an edition by its editor: `ed. Edwin Curley (Hackett, 1994)`, r167 syllabus)
    r"|ed\.\s+(?=(?:[A-Z]\.\s*)*[A-Z][a-z])|[Ee]dited\s+by)"
)
#: `in T. L. Heath (ed.), *The Works of Archimedes*`: the edition of someone's works a work
#: is read in
_EDITED_WORKS = re.compile(
    r"\bin\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+\s+\((?:ed|eds)\.\),?\s+(?P<works>[^()]{3,80})"
)


def _named_person(person: str) -> bool:
    """Whether `person` (`Michael Muller`, `George Berkeley`) names a person, not a lab:
    no lab's name in it, unless a given name comes before a surname that is one (`Berkeley`,
    r163 syllabus: *The Analyst* credited to its web edition's editor)."""
    lab = _LAB_RE.search(person)
    if lab is None:
        return True
    words = person.split()
    return (
        len(words) > 1
        and lab.group("lab") == words[-1]
        and bool(re.fullmatch(rf"[{_UPPER}][{NAME_LOWER}]+", words[0]))
        and person not in LAB_NAMES
    )


def _own_year(found: Attribution, after: str) -> Attribution:
    """`found` (read from what follows a title, `after`) with the work's own year: the one
    in the bracket right after the title (`La Géométrie (1637), … trans. … (Open Court,
    1925)`, r163 syllabus: "Descartes, 1925"); none when the year found is a translation's
    or an edition's (`trans. John D. Blanton (Springer, 1988)`: "Euler, 1988")."""
    own = _OWN_YEAR.match(after) or _ORIGINAL_YEAR.search(after)
    if own is not None:
        year = int(own["year"])
        venue = found.venue if found.year == year else ""
        return replace(found, year=year, venue=venue)
    read_in: re.Match[str] | None = _TRANSLATED_OR_EDITED.search(after)
    if (
        read_in is not None
        and found.year is not None
        and re.search(rf"(?<!\d\s)\({found.year}\)", after[read_in.end() :])
    ):
        read_in = None  # `trans. with Notes by Ada Augusta … (1843)`: when it appeared
    edited = _EDITED_WORKS.search(after)
    own_works = (
        edited is not None
        and bool(found.authors)
        and re.search(rf"\b{re.escape(first_surname(found.authors))}\b", edited["works"])
    )
    if read_in is None and own_works:
        read_in = edited  # (`The Works of Archimedes`: the edition of the author's own works)
    if read_in is None:
        return found
    before = after[: read_in.start()]
    if found.year is not None and str(found.year) not in before:
        found = replace(found, year=None, venue="")
    if found.lab and found.lab not in before:  # `(Cambridge, 1897)`: the edition's place
        found = replace(found, lab="")
    return found


def _cut(text: str, *, prose_lab: bool = True) -> tuple[Attribution, str]:
    """The attribution `text` gives, and `text` without it.

    Only what is clearly a citation is cut: a year with authors, a lab or a
    venue in brackets; `Author et al., Year`; `Venue Year`. A lab named in a
    sentence (`Nvidia's take on …`) is read (unless `prose_lab` is false) but
    left in place: it is part of what the sentence says.
    """
    # `Charles 'Buck' Krasic, Mike Bishop, …` (r75 notes): a nickname between the names
    text = _NICKNAME.sub("", text)
    opening = re.match(r"^\s*(?P<bracket>\([^()]+\))\s+(?P<rest>and\s+\S.*)$", text)
    if opening is not None:
        # `(Khattab & Zaharia, SIGIR 2020) and ColBERTv2 (…)`: a whole citation, then the
        # next work the sentence names (never `ColBERTv2` as the first one's author)
        found, left = _cut(opening["bracket"], prose_lab=prose_lab)
        if found.authors and found.year and not left.strip(" ()"):
            return found, opening["rest"]
    gapped = _PERSON_THEN_GAP.match(text) or _CLASSIC_THEN_GAP.match(text)
    person, after = (gapped["person"], gapped["rest"]) if gapped is not None else ("", "")
    if person and _named_person(person) and not _TITLE_WORD.search(person):
        # `Michael Muller,   *WoK*, 2014.`, `Dan R. Olsen Jr.,   *UIST 2007*.`: one person by
        # their whole name, their quoted title taken out: the author (never `WoK` or
        # `Industry` as a second one, `Jr` as the surname), then where and when as ever
        found, rest = _cut(f"{person}, {after.lstrip(' ,')}", prose_lab=prose_lab)
        known = gapped.groupdict().get("known") if gapped is not None else None
        authors = f"{_surname(person)} ({known})" if known else _surname(person)
        # (`…, trans. William H. Donahue (Cambridge, 1992)`: the translation's publisher,
        # never the author's lab)
        lab = "" if _EDITION_BY.search(after) else found.lab
        return _own_year(replace(found, authors=authors, lab=lab), after), rest
    lab_year = _LAB_YEAR_ALONE.fullmatch(text)
    if lab_year is not None:
        # `— OpenAI, Feb 2024.`, `Google DeepMind blog, Aug 2025.` (r167 blog, the Sora report
        # and Genie 3 credited to no one): whose it is and when, alone
        return Attribution(lab=lab_year["lab"], year=int(lab_year["year"])), ""
    team_year = _TEAM_YEAR.match(text)
    if team_year is not None:  # `V8 team, 2017 (V8 5.9)`: the team, the year, a remark
        found = Attribution(authors=team_year["team"], year=int(team_year["year"]))
        return found, team_year["rest"].strip(" ,.;")
    gap = _INITIALS_THEN_GAP.match(text)
    if gap is not None:
        # `Evans, P.R. & Murshudov, G.N.   Acta Cryst. D 69:1204–1214 (2013).` (r158
        # syllabus, "Evans, G.N. Acta Cryst. D 2013"): the people, where the quoted title
        # was, then where and when
        gap_people, _ = _cut(gap["people"], prose_lab=prose_lab)
        gap_said, gap_rest = _cut(gap["rest"], prose_lab=prose_lab)
        if gap_people.authors and not gap_said.authors and (gap_said.year or gap_said.venue):
            return gap_people.merged(gap_said), gap_rest
    text = clean_space(text)  # `Vinyals,   ICLR 2017`: a title or an italic taken out
    # `Hernán & Robins,   Chapters 1–3 (definitions of …)`: the parts to read, never a name
    text = _PARTS_TO_READ.sub("", text)
    # `Dan Kegel, ~1999 and updated for years after`: about when, after a byline's comma;
    # what follows the year is a remark of its own (left as a fragment)
    text = re.sub(rf"(?<=,\s)(?:~|c\.\s?|ca\.\s?)(?={_YEAR}\b)", "", text)
    text = re.sub(rf"^([^;]{{2,60}},\s{_YEAR})\s+and\s+(?=[a-z]{{3,}})", r"\1; and ", text)
    # `(ACM TOG 42(4))`, `(CGF 36(4))`: the journal issue a conference paper appeared in
    text = _ISSUE_BRACKET.sub(" ", text)
    pages = _JOURNAL_PAGES.search(text)
    if pages is not None and not _YEAR_RE.search(pages.group(0)):
        # `Jacobs, Jordan, Nowlan & Hinton, Neural Computation 3(1):79–87.`: a journal, its
        # volume and pages, no year — where it appeared; who wrote it stands before
        found, rest = _cut(text[: pages.start()] + text[pages.end() :], prose_lab=prose_lab)
        if found.authors:
            return found.merged(Attribution(venue=pages.group("journal"))), rest
    text = re.sub(r"(?<=\.)\s+\.[\"”]?(?=\s|$)", "", text)  # `Odena et al. "…." 2021`
    journal = _journal_volume_year(text)
    if journal is not None:
        # `Information and Computation 115(1), 1994.`: a journal, its volume, its year —
        # where and when (never `Information and Computation` as two people)
        year = int(journal.group("year") or journal.group("bracketed"))
        return Attribution(venue=f"{journal.group('journal')} {year}", year=year), ""
    placed = _place_and_year(text)
    if placed is not None and re.match(r"\.\s+[a-z]", text[placed[0] :]):
        # `Computing in Science & Engineering, 2001. written for scientific-Python people …`
        # (r159 notes, its gist): where and when, then a note's lower-case sentence
        _, where, year = placed
        return Attribution(venue=f"{where} {year}", year=year), text[placed[0] :].lstrip(" .")
    if placed is not None and not text[placed[0] :].strip(" ."):
        # `*Electronic Journal of Statistics*, 2023.`, `MIT Press, 2017 (open access).`, `arXiv
        # 2019.` after a reference's title: where and when, no claim
        _, where, year = placed
        return Attribution(venue=f"{where} {year}", year=year), ""
    unlisted = _OTHER_VENUE_YEAR.match(text)
    if unlisted is not None and not _LAB_RE.search(text):
        year = int(unlisted.group("year"))
        return Attribution(venue=f"{unlisted.group('venue')} {year}", year=year), ""
    one_person = _one_person_bracket(text, prose_lab=prose_lab)
    if one_person is not None:
        return one_person
    person = _PERSON_BEFORE_TITLE.match(text)
    if person is not None and not _LAB_RE.search(text) and not _TITLE_WORD.search(text):
        # `Jean-Yves Girard, "Linear Logic." …` with its title taken out: one person by
        # their whole name, then the comma before the title
        when = int(person["year"]) if person["year"] else None
        return Attribution(authors=_surname(person["person"] or person["alone"]), year=when), ""
    whose = whose_work(text)
    if (
        whose is not None
        and PEOPLE_CITED.search(whose[0].authors)
        and re.match(rf"\s*{_WORD_NAME}(?:\s+{_WORD_NAME})?\s*\(", whose[1])
    ):
        # `Blalock and Guttag's [Bolt](…) (KDD 2017) reaches …`: their own work, named (the
        # text says what it is about another work)
        return whose[0], "'s" + whose[1]
    if whose is not None and re.match(r"\s*(?:$|[(\"“*_])", whose[1]):
        # `Hyoukjun Kwon et al.'s [Understanding Reuse, …](…) (MICRO 2019)`, its title taken
        # out (but `Keeps Autoformer's decomposition` says what it does)
        rest_found, rest = cut(whose[1], prose_lab=prose_lab)
        return whose[0].merged(rest_found), rest
    listed = author_list(text)
    if listed is not None:  # `Jung, Ralf; Jourdan, Jacques-Henri; Dreyer, Derek.`
        rest_found, rest = cut(listed[1], prose_lab=prose_lab)
        return listed[0].merged(rest_found), rest
    thesis = _THESIS.match(text)
    if thesis is not None:
        found = Attribution(
            authors=_surname(thesis.group("person")),
            lab=thesis.group("school"),
            year=int(thesis.group("year")),
        )
        return found, text[thesis.end() :].strip(" ,.;—–-")
    chicago = _CHICAGO.match(text)
    if chicago is not None:
        names = [name for name in chicago.group("first", "second") if name]
        rest_found, rest = cut(text[chicago.end() :], prose_lab=prose_lab)
        found = Attribution(authors=cite_authors(names), year=int(chicago.group("year")))
        return found.merged(rest_found), rest
    surname_first = _SURNAME_FIRST_BYLINE.match(text)
    if surname_first is not None and not _SURNAME_FIRST_LIST.match(text):
        names = re.findall(rf"({_SURNAME_WORDS}),\s+[{_UPPER}]\.", surname_first.group("names"))
        names += re.findall(
            rf"[{_UPPER}]\.(?:\s?-?[{_UPPER}]\.)*\s*({_SURNAME_WORDS})",
            surname_first.group("others"),
        )
        if surname_first.group("last"):
            names.append(surname_first.group("last"))
        after = text[surname_first.end() :]
        if surname_first.group("more"):  # `Schrimpf, M., Kubilius, J. et al.`
            names = [*names, "et", "al"]
        rest_found, rest = cut(after.lstrip(' ,."“'), prose_lab=prose_lab)
        dated = re.match(rf"[\s,.\"“”]*(?P<year>{_YEAR})\b\.?", after)
        if dated is not None and not rest_found.year:  # `Bail, C. 2023.`: the year, after
            rest_found = replace(rest_found, year=int(dated.group("year")))
            rest = rest.replace(dated.group("year"), "", 1).strip(" .")
        volume = _VOLUME_YEAR.search(rest) if not rest_found.year else None
        if volume is not None:
            # `*American Economic Review* 75(3), 1985, 424–440` (r78 syllabus): a journal's
            # volume, the year, its pages
            rest_found = replace(rest_found, year=int(volume.group("year")))
        placed = _place_and_year(rest)
        if placed is not None and not rest_found.year:
            # `Kennedy, E. H. "…." *Electronic Journal of Statistics*, 2023.`, `… MIT Press,
            # 2017 (open access).`, `… arXiv 2019.`, `(2022, arXiv)`: where and when
            end, place, year = placed
            rest_found = replace(rest_found, year=year, venue=rest_found.venue or f"{place} {year}")
            rest = rest[end:].strip(" .")
        return Attribution(authors=cite_authors(names)).merged(rest_found), rest
    initialled = _INITIALLED_BYLINE.match(text)
    if initialled is not None and JOURNAL_ABBREVIATION.match(text):
        initialled = None  # `J. Org. Chem.` (r124 glossary, "Who made **Heck reaction**? → Org")
    if initialled is not None:  # `P. E. Hart, N. J. Nilsson, B. Raphael, IEEE Trans. …, 1968`
        names = re.split(r"\s*(?:,\s*(?:and\s+)?|&|\band\b)\s*", initialled.group("names"))
        rest_found, rest = cut(text[initialled.end() :].lstrip(" ,."), prose_lab=prose_lab)
        said = sentences(rest)  # (`IEEE Trans. on Robotics …`: an abbreviation, no end)
        first = re.split(r"\.\s+(?=\()", said[0], maxsplit=1) if said else [""]
        cited, after = first[0], " ".join([*first[1:], *said[1:]])  # `1986. (the original …)`
        if not _SENTENCE_LEFT.search(cited):
            # `IEEE Transactions on Computers, C-32(2), 1983`: a journal, its volume, a year —
            # where, not what (`Robotics: Science and Systems` is no name for the paper)
            rest_found = replace(rest_found, year=rest_found.year or year_in(cited))
            rest = after
        people = Attribution(authors=cite_authors([n for n in names if n]))
        more = _MORE_NAMED.match(text, initialled.end())
        if more is not None:  # `J. K. Terry, Benjamin Black, Nathaniel Grammel, et al. (…)`
            people = Attribution(authors=f"{_surname(names[0])} et al.")
            rest_found, rest = cut(text[more.end() :].lstrip(" ,."), prose_lab=prose_lab)
        return people.merged(rest_found), rest.strip(" ,.")
    text = _INITIALS_AFTER.sub(r"\g<surname>", text)
    text = _GIVEN_AFTER.sub(r"\g<surname>", text)
    head, semicolon, tail = partition_outside_brackets(text, ";")
    whole = byline(head.strip(' "“”'))  # `van den Oord, Li, Vinyals."`: a title's quote left
    led = _BYLINE_THEN_TEXT.match(head)
    if led is not None:
        # `Finn, Levine, Abbeel (ICML 2016) Sample-based MaxEnt IRL …`: the byline ends at
        # its bracket (never `Finn and Levine`, the description's capitals read as its end)
        cited = byline(led.group("by"))
        told = whole is None or whole != cited or _SENTENCE_LEFT.search(led.group("rest"))
        if cited is not None and cited.authors and told:
            bracket = _PAREN.search(led.group("by"))  # `(Facebook AI, IEEE/ACM TASLP 2021)`
            if bracket is not None and not cited.lab:
                cited = replace(cited, lab=_inner(bracket.group("inner")).lab)
            return cited, led.group("rest").strip() + (f"; {tail.strip()}" if semicolon else "")
    if whole is None and QUOTED_TITLE.search(head):
        # `Diego Ongaro & John Ousterhout (Stanford), "In Search of …", USENIX ATC 2014`:
        # a byline around the paper's title
        whole = byline(QUOTED_TITLE.sub(",", head).strip(" ,"))
    if whole is None and not semicolon:
        # `Ongaro & Ousterhout (Stanford), "In Search of …", USENIX ATC 2014 — Best Paper`
        dash = _DASH.search(head)
        if dash:
            cited = byline(QUOTED_TITLE.sub(",", head[: dash.start()]).strip(' ,"“”'))
            if cited is not None:
                return cited, head[dash.end() :].strip()
    if whole is not None and not semicolon:
        # `Johnson, Douze, Jégou (Facebook AI), "Billion-scale …", 2017 — GPU k-selection,
        # IVF-PQ on GPU`: the byline ends at its dash, what the work does follows
        dash = _DASH.search(head)
        after = head[dash.end() :].strip() if dash else ""
        described = bool(re.search(r"\b[a-z][\w-]{2,}\b", after)) and not after[:1].isdigit()
        if (
            dash
            and described
            and byline(QUOTED_TITLE.sub(",", head[: dash.start()]).strip(' ,"“”')) == whole
        ):
            return whole, after
    if whole is not None:
        return whole, tail.strip() if semicolon else ""
    found = Attribution()
    out = text
    before = _AUTHORS_BEFORE_BRACKET.match(out)
    surnames = _SURNAMES_BEFORE_BRACKET.match(out) or _TWO_BEFORE_WHERE.match(out)
    if before is not None:  # `Conneau & Lample, [title] (XLM, NeurIPS 2019), and Liu et al., …`
        found = Attribution(authors=_tidy(before.group("authors")))
        out = out[before.end() :]
    elif surnames is not None:  # `Wu, Qi, Fuxin (Oregon State, CVPR 2019)`: no "and"
        names = [name.strip() for name in surnames.group("authors").split(",")]
        found = Attribution(authors=cite_authors(names))
        out = out[surnames.end() :]
        then = re.match(rf"\s*\((?P<lab>[^()]*)\)\s*,\s*(?P<year>{_YEAR})\b\.?", out)
        if then is not None and len(names) == 2:  # `(FAIR), 2017`: where they were, and when
            found = found.merged(Attribution(lab=lab_in(then["lab"]), year=int(then["year"])))
            out = out[then.end() :]
    by = _BY_PEOPLE.match(out)
    if by:
        names = re.split(r"\s*(?:,|\band\b|&)\s*", by.group("authors"))
        found = Attribution(authors=cite_authors([n for n in names if n]))
        if by.group("others") and not found.authors.endswith("et al."):
            found = Attribution(
                authors=f"{_surname(names[0])} et al."
            )  # `by Jack Choquette et al.`
        out = out[by.end() :]
        more = _MORE_PEOPLE.match(out)
        if more is not None and not found.authors.endswith("et al."):
            # `by Norman Jouppi and a long list of Google co-authors` (but `by Matei Zaharia,
            # Omar Khattab, Lingjiao Chen and others`, r81 blog: one `et al.` is enough)
            found = Attribution(authors=f"{found.authors} et al.")
        if more is not None:
            out = out[more.end() :]
    lead = _LEAD_AUTHOR.match(out) or _SAYS_AUTHOR.search(out)
    # (`the blog post is from July 2023` (r160 notes, "Who made …? → July, 2023"): a month)
    # (but `May (1976)` in its bracket is Robert May)
    month_year = (
        lead is not None
        and lead.re is _SAYS_AUTHOR
        and not lead.group("open")
        and _MONTH_WORD.fullmatch(lead.group("authors")) is not None
    )
    if lead and lead.group("authors") not in LAB_NAMES and not month_year:
        found = Attribution(authors=_tidy(lead.group("authors")), year=int(lead.group("year")))
        # (`was first measured by Aki (1966) for …` (r108 glossary), `The idea is from Keynes
        # (1936), revived …` (r92): who and when is what the sentence says; it stays whole,
        # but `see Kanamori 1977` goes)
        if lead.re is _SAYS_AUTHOR and lead.group("open"):
            lab = lab_in(text) if prose_lab else ""
            return found.merged(Attribution(lab=lab)), re.sub(r"\s{2,}", " ", out).strip()
        out = out[: lead.start("authors")] + out[lead.end() :]
    team = _LEAD_COLLECTIVE.match(out)
    # `Octo Model Team (RSS 2024) diffusion head …`: the team; its bracket is read below
    if team and not found.authors and _BRACKET_AFTER.match(out, team.end()):
        found = Attribution(authors=team.group("authors"))
        out = out[: team.start("authors")] + out[team.end() :]
    # a bracket first: `(Reed 1978; Bernstein & Goodman 1983)` cites Reed, not what is inside
    for paren in list(_PAREN.finditer(out)):
        example = _EXAMPLE.match(paren.group("inner"))
        inner = paren.group("inner")[example.end() :] if example else paren.group("inner")
        got = _inner(inner)
        journal = _journal_volume_year(inner)
        if journal is not None and not (got.authors or got.lab or got.venue):
            # `(IEEE Trans. Computers C-28(9), 1979)`: a journal, its volume, its year
            year = int(journal.group("year") or journal.group("bracketed"))
            got = Attribution(venue=f"{journal.group('journal')} {year}", year=year)
        leftover = _LEFTOVER.match(_YEAR_RE.sub("", _PUBLISHER.sub("", inner)))
        if got.authors or got.lab or got.venue or leftover:
            # an example's bracket is cut, but says nothing of who; nor does one citing other
            # people than those already read (`W. Xiong et al., "…", 2016 — read alongside
            # … (Godfrey, Holliman & McDaniel, "SWITCHBOARD …", ICASSP 1992)`)
            other = found.authors and got.authors and got.authors != found.authors
            if not example and not other and got.authors and got.year and not found.authors:
                # `… gives the de Vaucouleurs (1948) r^(1/4) law for ellipticals (Sérsic 1963)`
                # (r122 glossary, "When was the Sérsic profile introduced? → 1948"): the year
                # beside the people is theirs
                found = replace(found, year=None)
            if not example and not other:
                found = found.merged(got)
            out = out.replace(paren.group(0), " ", 1)
    match = _CITATION.search(out)
    if (
        match
        and _WORDS_AROUND.search(out[: match.start()])
        and re.match(r"(?:,?\s+(?:arXiv:)?\d{4}\.\d{4,5})?,?\s+[a-z]", out[match.end() :])
    ):
        # `which is what early Cassie work like Xie et al. 2018, [arXiv](…), imitated` (r157
        # blog, "like, imitated" left): a work named inside the sentence, as its words
        match = None
    if match:
        inner = match.group("inner")
        got = _inner(inner) if inner else Attribution(year=year_in(match.group("year") or ""))
        if not _EXAMPLE_BEFORE.search(out, 0, match.start()):
            found = found.merged(Attribution(authors=_tidy(match.group("authors"))).merged(got))
        start = match.start()
        given = _GIVEN_NAME.search(out, 0, start)
        if given and not _TITLE_WORD.match(given.group("given")):
            start = given.start("given")  # `Chris Burges et al.`: no `Chris` left behind
        out = out[:start] + " " + out[match.end() :]
    venue = _venue_year(out)
    before_venue = (
        re.search(r"\b(?P<word>since|until|till|before|after|at)\s+$", out[: venue.start()])
        if venue
        else None
    )
    if venue and before_venue is not None and before_venue["word"] != "at":
        pass  # `held yearly since MICCAI 2012:` (r110 awesome): when something else began
    elif venue and _OTHERS_PAPERS.match(out, venue.end()):
        # `Agents must replicate 20 ICML 2024 Spotlight/Oral papers` (r114 blog, "Who made
        # **PaperBench**? → … ICML 2024"): where other papers appeared
        pass
    elif venue:
        found = found.merged(Attribution(venue=_venue(venue), year=int(_venue(venue)[-4:])))
        if before_venue is None:  # (`published at ICML 2023`: the sentence says it)
            head, tail = out[: venue.start()], out[venue.end() :]
            if re.match(r"\s+[a-z]", tail):
                # `Long review in IEEE/ACM TASLP 2018 covering training targets, …` (r148
                # awesome, "Long review in covering …"): the sentence goes on without it
                head = re.sub(r"\s+(?:in|at)\s*$", "", head)
            out = head + " " + tail
    bare = _BARE_AUTHORS.search(out)
    if (
        bare
        and re.match(r"['’]s\b", out[bare.end("cut") :])
        and _EXAMPLE_BEFORE.search(out, 0, bare.start("cut"))
    ):
        bare = None  # `à la Lample et al.'s product key memories`: their work, as theirs
    if (
        bare
        and not bare.group("cut").startswith("by")
        and _WORDS_AROUND.search(out[: bare.start("cut")])
        # (and its year: `which is what early Cassie work like Xie et al. 2018, [arXiv](…),
        # imitated` (r157 blog, "like, imitated" left))
        and re.match(
            rf"(?:\s+{_YEAR}[a-z]?,?)?(?:\s+(?:arXiv:)?\d{{4}}\.\d{{4,5}},?)?\s+[a-z]",
            out[bare.end("cut") :],
        )
    ):
        # `The thing that made Rudin et al. possible` (r157 blog, "What is **Isaac Gym**? →
        # The thing that made possible"): people named inside the sentence, as its words
        bare = None
    if bare and not found.authors:
        start = bare.start("cut")
        authors = _tidy(bare.group("authors"))
        names_before = _NAMES_BEFORE.search(out, max(0, start - 200), start)
        full_before = _FULL_LIST_BEFORE.search(out, max(0, start - 300), start)
        if names_before is not None:
            # `by Yang, Swanson, Jin, Coley et al.` (r73 blog): the first of the names is
            # whose work it is, never the last before `et al.`
            start = names_before.start()
            authors = f"{_surname(names_before.group('first'))} et al."
        elif full_before is not None:
            # `Qingqing Huang, Daniel S. Park, Tao Wang, Timo I. Denk et al. Cascaded …` (r144
            # table, "Who made **Noise2Music**? → Denk et al."): people named in full, too
            start = full_before.start("first")
            authors = f"{_surname(full_before.group('first'))} et al."
        if not _EXAMPLE_BEFORE.search(out, 0, start):
            found = found.merged(Attribution(authors=authors))
        given = _GIVEN_NAME.search(out, 0, start)
        if given and not _TITLE_WORD.match(given.group("given")):
            start = given.start("given")
        out = out[:start] + " " + out[bare.end("cut") :]
    person = _FROM_PERSON.search(out)
    if person and not found.authors and person.group("person") not in LAB_NAMES:
        found = found.merged(Attribution(authors=person.group("person")))
    if not found.lab and prose_lab:
        found = found.merged(Attribution(lab=lab_in(text)))
    out = re.sub(r"\(\s*[,;]?\s*\)", " ", out)
    # (never a dot before a word: `into .pack + .idx` (r93 notes) are file names)
    out = re.sub(r"\s+([,;:]|\.(?!\w))", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    out = re.sub(r",([.;:])", r"\1", out)  # `…", CRYPTO '98. doi` cut: no `",.` left
    return found, out
