"""What in a reading list is a remark, not a claim: pointers (`See also …`, `… instead`),
opinions and reading advice (`you should`, `the famous … paper`, `Pay attention to §4`),
labels before a remark (`Presenters:`), and title-case lines (a paper's title or a
journal between its authors and its venue)."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.reading.sentences import ABBREVIATIONS

__all__ = [
    "BYLINE_LEFT",
    "DOES_AFTER_LEAD",
    "GENRE_WORDS",
    "GLOSSARY_DOING",
    "INSTEAD",
    "INSTRUCTION",
    "LABEL_WORDS",
    "LEADING_SYMBOLS",
    "LIST_ITEM_POINTER",
    "MONTH",
    "OPINION",
    "ORIGIN_OF_THE_IDEA",
    "READING_KIND",
    "REPLY",
    "SEE_ALSO",
    "SIGNED",
    "THE_ONE",
    "VENUE_NOTE",
    "VERDICT_WORDS",
    "VERSION_NOTE",
    "VOICE_WORD",
    "is_title_case",
    "is_verdict",
    "opinion_in",
    "without_remarks",
]

#: what kind of work a title says it is (`…: A Survey`, `…: A Tutorial`): no name, no fact
GENRE_WORDS = r"(?:survey|review|primer|overview|tutorial|retrospective|perspective)"

SEE_ALSO = re.compile(
    # (`For controllability see also MotionCtrl …`, `For the RL lineage continue with
    # DreamerV3`, r154 table gists: what to read next, and for what)
    r"^(?:for (?:the )?[\w -]{1,30}?,?\s+(?:see(?:\s+also)?|continue\s+with|move\s+on\s+to|"
    r"go\s+on\s+to)|see also|also see|see|pair (?:it |this )?with|cf\.?|compare with|related|"
    r"for more,? see|more in|followed by|recently|these days|historical interest|"
    r"of historical interest|for historical interest|original|read instead|short version|"
    r"long version|extended version|journal version|conference version|tech report|"
    r"follow-?up|sequel|successor|predecessors?|precursors?|prior work|presenters?|"
    # (`Concurrent work: **DVGO** (…), similar conclusions …` (r161 blog, Plenoxels' gist))
    r"concurrent(?:ly| work)(?=\s*:)|"
    r"background (?:on|for|reading)|"
    r"(?:an )?aside(?: for \w+)?|"
    # `→ ties directly into #18 (Akamai end-user mapping)` (r73 notes): another item of the list
    r"ties (?:\w+ )?in(?:to)?(?= #?\d)|"
    r"note to \w+|then (?:immediately |also )?read(?= [A-Z\"“]))\b[:\s-]*",
    re.IGNORECASE,
)
#: what a variable `i` follows (`device i`, `node i`, `Type I`), never the writer's `I`
_VARIABLE_BEFORE = "".join(
    f"(?<!{noun} )"
    for noun in (
        *("device", "node", "server", "job", "user", "vertex", "queue", "station", "agent"),
        *("item", "element", "row", "column", "worker", "thread", "task", "customer"),
        *("token", "expert", "layer", "unit", "neuron", "step", "player", "state", "sample"),
        *("point", "link", "edge", "class", "type", "phase", "part", "stage", "process"),
        *("each", "every", "all", "over", "sum", "index"),
    )
)
OPINION = re.compile(
    # `the classical (non-deep) paper`, `the journal version`: which of the papers it is
    # (`The agenda-setting paper` (r105 table, asked "What is **Concrete Problems**?"): its
    # standing, in the writer's words)
    r"^the\s+(?:classic(?:al)?|original|standard|canonical|seminal|first|older|newer|earlier|"
    r"later|short|long|full|journal|conference|agenda-setting|landmark|foundational|influential|"
    r"pivotal|defining|key|central|essential|crucial|(?:most\s+)?important)\b[^.;]{0,30}?\b"
    r"(?:paper|version|one|write-?up)[.!]?$|"
    # (each phrase tried only where a word starts: a third quicker than at every `\b`; the
    # few that open with a mark are at the end)
    r"(?<!\w)(?:self[- ]explanatory|you should|you can|you may|you will|you'll|we recommend|"
    r"i recommend|highly recommend|must[- ]read|worth (?:it|reading|a read|"
    r"knowing|printing|bookmarking|the (?:visit|read|time|price|effort))|"
    r"^less \w+, more\b|^more \w+, less\b|"
    # `Less a paper than infrastructure` (r73 blog): what kind of reading it is, the writer's
    r"^less\s+an?\s+[\w-]+\s+than\b|"
    # `Less sure the fix is "just use threads"` (r124 notes, a cloze on its quote): the
    # writer's doubt
    r"^(?:less|not so|not|more|pretty|fairly)\s+sure\b|"
    r"is educational|underrated|overrated|"
    # `Still the reference system.` (r172 glossary, what **Ring spinning** is): its standing
    r"^still\s+the\s+(?:reference|standard|default|go-to|benchmark)(?:\s+[\w-]+)?(?=\W*$)|"
    # `The pipeline looks almost naive now`, `Not about synthetic data directly, but …` (r172
    # blog), `For historical perspective; it's striking how many "new" ideas are in here`
    # (r172 table): the writer's word on it, where it stands in the list
    r"\blooks?\s+(?:almost\s+|pretty\s+|a\s+bit\s+|rather\s+|so\s+)?(?:naive|quaint|primitive|"
    r"old-fashioned)\b|^not\s+(?:really\s+)?about\s+[^,;.]{2,40}?\s+(?:directly|per\s+se)\b|"
    r"^for\s+historical\s+(?:perspective|interest|context)\b|\bit['’]s\s+striking\s+how\b|"
    # `Strong baseline that's weirdly under-used` (r171 blog, RegMean's gist; but `it's still
    # underused: don't report …` goes on to what it is), `Under-used now, which is a shame`,
    # `Binford at his most combative`, `Yes it's old and yes it's cranky`, `… is still unlike
    # anything else in the literature`, `Haak + Furholt together` (r171 syllabus, gists and
    # clues): the writer's word on it, or how to read it
    r"under-?used(?=\W*$)|\bused\s+everywhere\s+as\s+an?\s+baseline\b|"
    r"\b(?:the|this)\s+idea\s+keeps\s+coming\s+back\b|"
    r"\bshockingly\s+(?:strong|good|effective)\s+baseline\b|"
    # (`The starting point for everything here` (r173 blog, CoT's gist): where it stands in
    # the list)
    r"\bstarting\s+point\s+for\s+(?:everything|all|the\s+rest)\b|"
    r"\bwhich\s+is\s+a\s+(?:shame|pity)\b|"
    r"\bat\s+(?:his|her|their)\s+(?:most\s+[a-z]+|best|worst)\b|"
    r"^yes\b,?\s+(?:it|this|that)\b|unlike\s+anything\s+else\b|"
    r"^(?-i:[A-Z][\w'’-]+)\s*(?:\+|&|and)\s*(?-i:[A-Z][\w'’-]+)\s+together(?=\W*$)|"
    # `The paper that named the thing` (r171 blog, *Model soups*' gist): how it stands, not
    # what it is
    r"^the\s+(?:paper|one|work|post)\s+that\s+(?:named|coined|started|kicked\s+off)\s+"
    r"(?:the|this|it)\b(?:\s+(?:thing|idea|term|trend|whole\s+thing|field))?(?=\W*$)|"
    # `Basically every poker bot since builds on this` (r171 awesome, CFR's gist): its
    # standing, not what it is
    r"\bevery\s+[\w\s-]{1,30}?\s+since\s+(?:builds?|built|uses?|used|relies|descends?)\b|"
    r"is debated|required knowledge|"
    r"required reading|still (?:important|required|worth)|just a great|"
    r"(?:impossible|hard|can'?t|cannot|too \w+) to (?:leave out|skip|ignore|omit)|interesting that|"
    r"\bnotoriously\b|keep it open|(?:mostly|largely) forgotten|(?:is|are) everywhere\b|"
    # `good for the second half` (of a course), `reads very modern for 2008`
    r"^good for the (?:first|second|last) (?:half|part|third)\b|"
    r"^reads (?:(?:very|surprisingly|quite|so) )?(?:modern|dated|fresh|old)\b|"
    r"pairs? (?:nicely|well) with|grain of salt|tangential to|\blol\b|\blmao\b|out of scope|"
    r"good for the \w+ folks|"
    # `causal delta-merging condition is subtle, read sec. 5 twice`, `causal stability is the
    # concept to take away` (r167 notes, two term cards): which part to read, what to keep
    r"read\s+(?:sec|ch|chap|chapter|section|§)\.?\s*\d|(?:concept|idea|thing|lesson)\s+to\s+"
    r"take\s+away\b|"
    # `Light reading; start here` (r168 syllabus, Heilbroner's gist): how it reads, where to
    # begin
    r"^light\s+(?:reading|read)\b|(?<=;\s)start\s+here\b|"
    # `nice evaluation section, realistic numbers on bandwidth` (r167 notes, a gist): the
    # writer's word on a part of the paper
    r"^(?:(?:really|very)\s+)?(?:nice|great|good|solid|lovely|excellent|thorough|weak)\s+"
    r"(?:evaluation|eval|experiments?|related[- ]work|intro(?:duction)?|appendix|figures?|"
    r"ablations?|discussion|analysis|writing|exposition)\b|"
    # `Lots of ppl lose points on A1 for getting this wrong`, `A1 uses this approach` (r101
    # syllabus, a reverse card's clue): the course's assignments, not the reading's fact
    r"lose (?:points|marks)|office hours|starter code|"
    # `so it comes back in wks 5–6` (r115 syllabus, HKDF's gist): where the course returns
    r"comes? (?:back|up) (?:again )?in (?:wks?|weeks?|lectures?|class(?:es)?|units?)\s*\d|"
    # `Not to be confused with the *other* "Point Transformer" (Engel et al., …)` (r102
    # awesome, a cloze on PCT): a warning about names, not what the work does
    r"^not to be confused with\b|^(?:don['’]t|do not) confuse\b|naming in this area\b|"
    # `Predates the "LLM-as-a-judge" name`, `first announced on the LMSYS blog in April 2024`
    # (r103 blog, both asked "What is it?"): when it came, beside a name or a post
    r"^predates\b|^(?:it\s+was\s+|was\s+)?first\s+announced\b|"
    # `SCO hosting it feels like 2003`, `not "other platform" really, just didn't fit
    # elsewhere` (r159 notes, both asked as gists): the writer's impression, their sorting
    r"\bfeels\s+like\b|\b(?:didn['’]t|doesn['’]t|did\s+not|does\s+not)\s+fit\s+"
    r"(?:elsewhere|anywhere)\b|"
    # `the library has electronic access`, `good discussion piece for week 5 vs week 6`,
    # `makes the week 2 semiring stuff click` (r159 syllabus, each a gist): where to find
    # it, where the course stands
    r"\blibrary\s+has\s+(?:\w+\s+)?access\b|\b(?:wk|week|lecture)\s+\d{1,2}\b(?!\s+of\b)|"
    # `Robotics side of things.`, `The dataset everyone uses.` (r159 awesome, both gists):
    # where the writer files it, how widely it is used
    r"^(?:the\s+)?[\w-]+\s+side\s+of\s+things\b|"
    # `Included here for one design decision`, `The one everyone's been talking about this
    # month`, `A big survey with ~30 authors` (r160 blog, each a gist or a clue): why it is
    # in the list, its moment, how many wrote it
    # (`Included here …`: see `included here` below)
    r"^included\s+(?:for|mainly|mostly|only)\b|"
    # `Listed here because Whisper ASR + a big MT model is the go-to baseline`, `Please,
    # please report signatures`, `haven't looked at internals, listing for completeness`,
    # `Used copies are cheap` (r161 awesome, notes, syllabus: gists and clues): why it is
    # listed, a plea to the reader, how far the writer got, where to buy it
    r"^listed\s+(?:here\s+)?(?:because|for|mainly|mostly|only)\b|^please\b|"
    # (`Sundberg's *The Science of the Singing Voice* (1987) for everything else`, r161
    # glossary, a cloze on "The Science": where to read more)
    r"\bfor\s+everything\s+else\b|"
    # `Twenty pages of old-school graphics` (r161 blog), `Dataset, but putting it here since
    # …`, `The HumanEval numbers from this got a lot of attention` (r161 table gists), `His
    # online book … is free and great` (r161 glossary): how long it is, why it is filed
    # here, how it was received, where to get it
    r"^(?:(?:about|only|just|some|over)\s+)?(?:\d+\+?|a\s+few|few|two|three|four|five|ten|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\s+pages\s+of\b|"
    r"\bputting\s+it\s+here\b|"
    r"\bbut\s+(?:the\s+)?same\s+(?:period|era|time|vintage)\b|"
    # `Decent snapshot of the 2022 landscape; already dated`, `Has an accompanying GitHub
    # list`, `the IBM group` (r161 table and syllabus gists): its age, its extras, whose
    r"\balready\s+(?:dated|outdated|out\s+of\s+date)\b|^(?:an?\s+)?decent\s+(?:snapshot|overview)\b|"
    # `Heavy going in places, skip the complexity proofs`, `Short and a perfect model of …`,
    # `…; read them together` (r162 syllabus), `defense, but included here since …`, `Held
    # up well in HarmBench-style evals`, `Technically an attack as much as an analysis` (r162
    # table), `Rule #2: …`, `… is a reasonable entry point`, `The most overloaded word in the
    # field` (r162 glossary): how it reads, what to skip, why it is here, the writer's rules
    r"\bheavy\s+going\b|(?:^|,\s*)skip\s+the\b|^short\s+and\b(?![^:]*:\s*\S)|"
    r"\bread\s+(?:them|these|both|the\s+two)\s+together\b|\bincluded\s+here\b|"
    r"^held\s+up\s+(?:well|badly|poorly)\b|^technically\s+an?\b|^rule\s+#?\d+(?=\s*:)|"
    r"\b(?:reasonable|good|nice|gentle)\s+(?:entry|starting)\s+point\b|"
    r"\boverloaded\s+(?:word|term)\b|"
    # `Qwen1.5 (Feb) only had a blog`, `No report, just a blog` (r163 table): what form the
    # work took, no part of what it is
    r"\b(?:only\s+had|with\s+just|just|only)\s+an?\s+(?:blog(?:\s+post)?|tweet|announcement|"
    r"model\s+card)\b|^no\s+(?:paper|report|tech(?:nical)?\s+report)\b|^(?:blog|tweet)\s+only\b|"
    # `Benchmarks great, vibes less so`, `Data cleaning pipeline section is good` (r163 table)
    r"\bvibes\s+(?:less|not|worse|meh)\b|\bsections?\s+(?:is|are)\s+(?:good|great|gold)\b|"
    # `Facing-page French facsimile — try to look at the original notation` (r163 syllabus,
    # *La Géométrie*'s gist): what the edition read looks like, how to read it
    r"\bfacing-page\b|\bfacsimiles?\b|\btry\s+to\s+(?:look\s+at|read)\s+the\s+original\b|"
    # `Not instruction following strictly, but the same people, same setup`, `Simple, strong,
    # and the codebase was forked by half the field`, `E.T. — despite the title it's evaluated
    # on ALFRED` (r163 awesome gists): why it is in the list, how far it spread, a quibble
    r"\bsame\s+people,\s+same\b|\bhalf\s+the\s+(?:field|community|papers)\b|"
    r"\bdespite\s+the\s+title\b|"
    # `Andy Clark & David Chalmers — no, wait, that's Week 7. Sorry, leftover from last
    # year's ordering.` (r164 syllabus gist): the writer correcting the list
    r"^sorry\b|\bleftover\s+from\s+last\s+(?:year|term|semester)\b|\bno,\s+wait\b|"
    # `mostly for the methods weeks`, `short, and always gets a reaction in class` (r165
    # syllabus gists): where the course uses it, how it goes down there
    r"\bfor\s+the\s+[\w-]+\s+weeks\b|\bin\s+class\b(?!\s+[a-z])|"
    # `Already somewhat out of date …`, `Came out basically the same week as ShortGPT …`,
    # `Uncomfortable result for anyone shipping …`, `Only here for the FP8 … section`,
    # `Matches SparseGPT surprisingly often, which says something`, `Depends entirely on
    # forest type`, `Reasonable read right after RevIN`, `the cleaner is where all the pain
    # lives` (r165 gists and clozes): how it has aged, when it came, why it is listed, the
    # writer's shrug
    r"\balready\s+(?:somewhat|a\s+bit|slightly|rather)\s+(?:out\s+of\s+date|dated|outdated)\b|"
    r"\bcame\s+out\s+(?:basically\s+|around\s+|about\s+)?the\s+same\s+(?:week|month|day)\b|"
    r"^uncomfortable\s+(?:result|finding|truth|news)\b|^only\s+here\s+for\b|"
    r"(?<=,\s)which\s+says\s+something\b|^depends\s+(?:entirely|heavily|largely)\s+on\b|"
    r"\breasonable\s+(?:read|follow-?up)\b|\ball\s+the\s+pain\s+lives\b|"
    # `the original. nobody ever explained what the B stands for` under Bayer & McCreight
    # (r165 notes gist): its standing, and a quip
    r"^(?-i:the)\s+original(?=[.!]?$)|^nobody\s+(?:ever\s+)?(?:explained|knows|agrees)\b|"
    # `A good book to end on`, `the paper itself is thin` (r166 syllabus and notes gists):
    # where the course puts it, the writer's verdict on its paper
    r"\bgood\s+(?:book|one|paper|place)\s+to\s+(?:end|start|finish)\s+(?:on|with)\b|"
    r"\bthe\s+paper\s+itself\s+is\s+(?:thin|short|light|weak|meh)\b|"
    # `Two textbooks …, but neither is required: …`, `The dataset paper behind the Moss et al.
    # reading` (r162 syllabus): what the course requires, where it sits in the course
    r"\bneither\s+(?:is|are)\s+(?:required|mandatory)\b|\bbehind\s+the\s+[^;]{0,40}?\breading\b|"
    r"^has\s+an?\s+(?:accompanying|companion)\s+(?:github|repo|list|site|website)\b|"
    # (`ByteDance web infra team` (r170 notes, Rspack's gist): who made it, no more — a
    # company by its camel-cased or capital name, never `Rotation group`)
    r"^the\s+(?-i:[A-Z])[\w&-]*\s+(?:group|team|lab)(?=\.?$)|"
    r"^(?-i:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*)(?:\s+[\w&-]+){0,3}\s+(?:group|team|lab)(?=\.?$)|"
    r"\bgot\s+(?:a\s+lot\s+of|lots\s+of|much|plenty\s+of)\s+(?:attention|hype|press)\b|"
    r"\b(?:book|pdf|text|copy|version)\s+is\s+free\b|\bis\s+free\s+(?:and|online|to\s+read)\b|"
    # `Very short, very strange, very influential` (r161 syllabus, Pandemonium's gist): how
    # it reads, in bare adjectives
    # (`Very long, very broad, somewhat list-like`, r169 awesome, a reverse card's clue)
    r"^(?:(?:very|really|quite)\s+)?(?:short|long|brief|strange|weird|odd|dense|influential|"
    r"readable|dry|fun)(?:,\s+(?:and\s+)?(?:(?:very|really|quite|somewhat|rather|a\s+bit)\s+)?"
    r"[a-z][a-z-]*){1,3}(?=\.?$)|"
    r"\bfor\s+completeness\b|\bhaven['’]?t\s+(?:looked|dug|gotten)\s+(?:at|into)\b|"
    # (`esbuild-like API. haven't tried beyond hello-world`, r170 notes)
    r"\bhaven['’]?t\s+tried\b|"
    # `Hard going but brilliant` (r169 syllabus, *The Symptom and the Subject*'s gist): how
    # it reads, and the writer's verdict
    r"^(?:hard|heavy|slow|tough)\s+going\b|"
    # `UCLA's Snow site has a scan`, `the old Francis Adams translations are online` (r169
    # syllabus, a gist and a cloze): where to find a copy
    r"\b(?:site|page|library|archive)\s+has\s+(?:a|the)\s+(?:scan|copy|pdf|facsimile|"
    r"transcription)\b|\b(?:translations?|scans?|copies|versions?|editions?)\s+(?:is|are)\s+"
    r"(?:freely\s+|free\s+)?(?:online|on\s+the\s+web)\b|"
    r"\b(?:used|second-?hand|cheap)\s+copies\b|"
    r"\beveryone['’]s\s+(?:been\s+)?talking\s+about\b|\bwith\s+~?\d+\s+(?:co-?)?authors\b|"
    # (`the JS lib everyone depends on`, r170 notes)
    r"^(?:the|a)\s+(?:[\w-]+\s+){1,3}(?:everyone|everybody)\s+(?:uses|cites|reports|knows|"
    r"depends\s+on|relies\s+on)\.?$|"
    # `big wins at p99/p99.9 (~3x iirc, double check)` (r103 notes, a reverse card's clue):
    # the writer's doubt about their own note
    r"\biirc\b|double[- ]check|need to (?:check|verify)\b|"
    # `100+ pages, don't panic` (r103 syllabus, asked "What is **Survey of …**?")
    r"\bdon['’]t (?:panic|worry|be scared|be intimidated)\b|"
    r"(?:on|for|in|uses?|before|after|by)\s+(?:A|HW|PS|MP)\d\b|^(?:A|HW|PS|MP)\d\s+(?:uses|asks|needs|is)\b|"
    r"^the (?:answer|response|reply|rebuttal|retort) to\b|"
    r"^(?:an?\s+)?(?:good|great|nice|classic|textbook)\s+example\s+of\b|more than (?:a )?paper\b|"
    # `Nice contrast with Clipper's more reactive design`, `The recipe still used
    # everywhere` (r97 syllabus): what to read it beside, how widely it is used
    r"^(?:an?\s+)?(?:nice|good|useful|interesting|instructive)\s+contrast\s+(?:with|to)\b|"
    # `The grandparent of the whole field` (r97 blog): where the writer places it
    r"^the\s+(?:grandparent|godfather|granddaddy|grandfather|grandmother)\s+of\b|"
    # `Came out the same summer from Bengio's group in Montréal` (r98 blog): when it came
    # out beside another, never what it is
    # (`Came out around the same time as InstructGPT …` (r112 blog, HH's gist): the same)
    r"^(?:came|come|comes)\s+out\s+(?:(?:around|about|at|roughly)\s+)?"
    r"(?:the\s+same|that|a\s+(?:week|month|few\s+\w+))\b|"
    # `shorter + friendlier than the RFC`, `Northeastern/UMD/Duke/Akamai collab (…)` (r97
    # notes): how it reads beside the reading it stands in for; whose joint work it is
    r"^(?:(?:much|a lot|way|far)\s+)?(?:shorter|friendlier|gentler|easier|clearer|more\s+readable)"
    r"(?:\s*(?:\+|and|&)\s*\w+)?\s+than\s+(?:the\s+)?(?:RFC|spec|paper|book|original|docs)\b|"
    r"^[\w&.-]+(?:\s*/\s*[\w&.-]+){2,}\s+collab(?:oration)?\b|"
    r"\bstill\s+used\s+(?:everywhere|today|widely|by\s+everyone)\b|"
    # `A nice framing that a lot of later work (TextGrad, etc.) builds on`, `The ablation on
    # … is the key figure` (r88 blog): the writer's praise and where to look
    r"^an?\s+(?:nice|neat|clean|good|great|useful)\s+(?:framing|perspective|lens|demo(?:nstration)?)\b|"
    r"\bis\s+the\s+(?:key|main|central|crucial|headline)\s+(?:figure|table|plot|result|experiment)\b|"
    # `long (100+ pages)`, `not ML at all, but …` (r90 syllabus): the reading's length and
    # the writer's view of its field
    r"^(?:very\s+)?(?:long|short|dense)\s*\(\s*~?\d+\+?\s*(?:pages|pp)\b|"
    r"\bnot\s+(?:ML|AI|CS|NLP|deep\s+learning)\s+at\s+all\b|"
    # (`Not remote sensing at all, but it's the other big "deep learning meets the ancient
    # world" story` (r139 syllabus, a gist): the writer placing it outside the week's topic)
    r"^not\s+(?:[\w-]+\s+){1,3}at\s+all\b(?!\s*:)|"
    # `Question for discussion: if Otto's notebook …?`, `Target article plus the open peer
    # commentaries by …` (r91 syllabus): the seminar's question and what to read
    r"^(?:a\s+)?(?:discussion\s+)?(?:question|prompt)s?\s+(?:for|to)\s+(?:discussion|discuss|"
    r"consider|think)\b|^(?:the\s+)?target\s+article\b|"
    # `Vendor paper, so calibrate accordingly` (r89 blog): how far to trust it
    r"\bcalibrate\s+accordingly\b|^(?:also\s+)?an?\s+vendor\s+paper\b|^vendor\s+paper\b|"
    # `Much gentler intro than UAX #9` (r89 notes): how it reads beside another reading
    r"^(?:much\s+|far\s+|a\s+lot\s+)?(?:gentler|easier|clearer|friendlier|shorter|denser|harder)\s+"
    r"(?:intro(?:duction)?|read|explanation|overview|treatment)\b|"
    # `It's a little dated now (pre-AWQ, pre-GGUF)` (r105 blog), `Short & very useful for
    # reasoning about …` (r105 syllabus): the writer's verdict on the reading
    r"\b(?:a\s+(?:little|bit)|somewhat|slightly|rather|quite|bit)\s+dated\b|\bdated\s+now\b|"
    r"\b(?:very|really|super|quite|extremely|incredibly)\s+(?:useful|helpful|handy)\b|"
    # `Short and often forgotten`, `comes up on the midterm, fyi`, `The survey-ish paper
    # that named the field`, `Gentler than the Cousot papers` (r107 blog and syllabus)
    r"\boften\s+forgotten\b|\bcomes?\s+up\s+on\s+the\s+(?:midterm|final|exam)\b|"
    r"^the\s+[a-z]+-ish\s+(?:paper|post|book)\s+that\b|^gentler\s+than\b|"
    # `Good for the mmap half and general intuition`, `Has the nice table comparing softirq
    # / tasklet / workqueue`, `1000+ pages, used as a reference only`, `Ch 10 …, 12 (PCI)
    # and 15 are the ones that matter here` (r169 notes, two gists, a reverse and a
    # cloze): which of its parts serve, how to use it
    r"^good\s+for\s+(?:the\s+)?[^.;]{1,50}?\b(?:half|part|parts|chapters?|intuition)\b|"
    r"^has\s+(?:a|the)\s+(?:nice|good|great|useful|handy|best|classic)\s+(?:table|diagram|"
    r"figure|chart|picture|summary|overview)\b|\bused\s+as\s+(?:a\s+)?reference\s+(?:only|book)\b|"
    r"\b(?:are|is)\s+the\s+(?:ones?|parts?|chapters?|bits?)\s+(?:that|which)\s+matters?\b|"
    r"\bswears?\s+by\b|"
    # `Decent taxonomy of everything in sections 1–6` (r170 blog, a reverse clue), `nice
    # taxonomy of white-box vs black-box methods` (r169 awesome), `good to send to people
    # who just want the checklist` (r170 notes): the writer's word on a survey, who to
    # send it to
    # (never `Good taxonomy (acoustic vs. semantic, quantizer types, …)` (r128 awesome): what
    # the survey sorts, praised)
    r"^(?:an?\s+)?(?:decent|nice)\s+(?:taxonomy|overview|summary|survey|intro(?:duction)?|"
    r"walkthrough)\b|\bgood\s+to\s+(?:send|share|give|point)\b|"
    # `Came out within days of NSA` (r169 blog, MoBA's gist), `Here only for *dynamic
    # thresholding*` (r169 table, Imagen's): when it appeared beside another, why the list
    # holds it
    r"^(?:came\s+out|appeared|dropped|landed|(?:was\s+)?released|published)\s+(?:within\s+"
    r"(?:days|weeks|hours|a\s+(?:day|week|month))|(?:on\s+)?the\s+same\s+(?:day|week|month)|"
    r"(?:just\s+|right\s+)?(?:days|weeks)\s+(?:after|before))\b|"
    r"^(?:it['’]?s\s+)?(?:here|listed|included)\s+(?:only|just|purely)\s+for\b|"
    # `torchcfm is a nice small library`, `1-NFE ImageNet 256 FID numbers are very strong`
    # (r169 table, two reverse cards): the writer's word on its code and its numbers
    r"\bis\s+a\s+(?:nice|neat|handy|great|good|solid)\s+(?:small\s+|little\s+|clean\s+)?"
    r"(?:library|tool|repo|package|implementation|codebase)\b|"
    r"\b(?:numbers|results)\s+are\s+(?:very\s+|really\s+|quite\s+)?(?:strong|impressive|good|"
    r"great|solid)\b|"
    # `Referred to below as "E&K"` (r106 syllabus, asked "What is …?"): the list's own
    # shorthand for it
    r"^(?:referred\s+to|cited|called)\s+(?:below|here|hereafter|later|in\s+this\s+\w+)\s+as\b|"
    r"\bhereafter\b|"
    # `the encoder-decoder / MT chapter is a good refresher on attention …` (r103 syllabus)
    r"\b(?:a\s+)?(?:good|great|nice|handy|useful)\s+(?:refresher|starting\s+point)\b|"
    r"my favou?rite|i (?:still )?(?:don'?t|do not|think|like|love)|imo|debated|"
    # (not `personally experienced events` (r167 glossary, episodic memory's definition))
    r"personally(?!\s+(?:experienced|identifiable|relevant|significant|meaningful|involved)\b)|"
    r"to understand|pick your poison|a bit unfair|for now|re-?read|skim|todo|"
    # `The math is heavier than anything else in the first half` (r132 syllabus, a term
    # card): how it reads beside the rest of the course
    r"\b(?:heavier|harder|easier|denser|lighter|longer|shorter)\s+than\s+(?:anything|"
    r"everything)\s+else\b|"
    # `The friendliest Bayesian textbook around`, `The most "just use a language model"
    # approach`, `Good on why they picked "catch fire" semantics` (r132 awesome, blog and
    # notes, each graded useless or weak): the writer's ranking and praise
    r"\b[a-z]{3,}est\s+(?:[\w-]+\s+){0,3}around(?=\s*(?:[.,;:)!]|$))|^the\s+most\s+[\"“]|^good\s+on\s+"
    r"(?:why|how|what|the)\b|"
    # `It is the ImageNet of the field`, `The title is deliberately provocative`, `Published
    # almost the same week as MAE` (r133 syllabus, blog and table, useless or weak): the
    # writer's analogy, their word on the title, when it came out beside another
    r"\bthe\s+(?-i:[A-Z])[\w-]*\s+of\s+(?:the|this|its|our)\s+(?:field|area|subfield)"
    r"(?=\s*(?:[,.;:)!]|$))|"
    r"^the\s+title\s+is\b|^published\s+(?:almost\s+|about\s+|roughly\s+|nearly\s+)?"
    r"(?:the\s+same|in\s+the\s+same)\s+(?:week|month|year|time)\b|"
    # `Similar idea, released around the same time: …` (r133 blog): it leans on the entry
    # before it
    r"^similar\s+(?:idea|approach|goal|spirit|setup)\b|"
    # `Part model design, part systems.` (r132 table, DeepSpeed-MoE's gist and its clue,
    # graded useless): the writer's sorting of it, fitting any paper of either kind
    r"^(?:part|half)\s+[\w\s-]{1,30},\s+(?:part|half)\s+[\w\s-]{0,29}\w(?=\.?$)|"
    # (but `given by the best matching of their points` (r132 glossary, the bottleneck
    # distance's definition lost): a mathematical best)
    # (nor `descending along the best-looking child` (r179 glossary, MCTS's steps lost): a
    # compound, what looks best)
    r"the best(?! ones?\b)(?![-‐])(?!\s+(?:matching|response|arm|split|fit|possible|achievable|"
    r"known|linear|rank|approximation|bound|path|action|policy|strategy|hypothesis|predictor|"
    r"expert|fixed|partition|alignment)\b)|"
    # `the one that started it all`: its place in history, in the writer's words (but `the
    # transformer architecture that started it all` says what it is)
    r"\bthe\s+(?:one|paper|model|thing|release)\s+that\s+started\s+it\s+all\b|"
    # `Best title in the field`: the writer's prize for it
    r"^best\s+(?:title|name|paper|intro(?:duction)?|explanation|write-?up|abstract|figure)\b|"
    r"strongly recommended|before hw\s?\d|hw\s?\d|homework|quiz|exam|presented elsewhere|"
    # (but `borrows from classic cognitive architectures like Soar` (r95 blog): a kind)
    # `Cloud feedback: the big one for uncertainty`, `dated re: tooling, but …` (r96): how it
    # stands, in the writer's words
    r"^the\s+big\s+one\s+(?:for|in|of)\b|^(?:a\s+bit\s+|somewhat\s+)?dated\b|"
    # `Old now (the pX330 era) but it's still how a lot of people learned` (r140 table), `…
    # is not a coincidence` (r140 blog, o1's gist): its age and the writer's hint
    r"^(?:a\s+bit\s+|somewhat\s+)?old\s+now\b|\b(?:is\s+)?(?:not\s+a|no)\s+coincidence\b|"
    # `The controller that half the field is secretly running`, `The autopilot most research
    # drones … end up using` (r141 blog): the writer's view of its standing
    r"\bsecretly\b|\bend\s+up\s+using\b|"
    # `Funny and infuriating in about equal measure`, `Conceptually lovely …`, `Ties OoO and
    # the memory wall together nicely`, `a bit manifesto-ish` (r142): the writer's taste
    # (never a term's own word: `activated by hyperpolarisation (hence "funny")`, r115)
    r"^(?:funny|lovely)\b|\bkind\s+of\s+funny\b|\bconceptually\s+lovely\b|\binfuriating\b|"
    r"\bmanifesto-?ish\b|\btogether\s+nicely\b|"
    # `Useful as the position Lake et al. are arguing against` (r91 syllabus): its use here
    r"^useful\s+(?:as|for|to|when|if)\b|"
    # `The part I'd steal is the bi-temporal model` (r95 blog): the writer, first person
    r"\bI['’]d\s+(?:steal|use|pick|start|recommend|bet|say|argue|read|skip)\b|"
    r"full stop|honestly|fun read|clearest|beautiful|elegant|"
    # (a reading as the cure for a fashion: `good antidote to the hype`, `The antidote to
    # NIAH.`; never a drug's: `naloxone, the antidote to opioid overdose`)
    r"(?:good|nice|best|great|perfect|useful|healthy|welcome|needed|excellent)\s+antidote\b|"
    r"^the\s+antidote\s+to\s+[A-Z]{3,}(?=\W*$)|\bneed\s+an\s+antidote\b|"
    # (`Niche, but it changed how I think …`; never an ecologist's niche: `without niche
    # differences` (r76 glossary, the neutral theory's definition lost), `niche construction`)
    r"(?<!ecological\s)(?<!fundamental\s)(?<!realized\s)(?<!realised\s)\bniche\b"
    r"(?!\s+(?:differences?|construction|partitioning|overlap|breadth|width|space|models?|"
    r"theory|conservatism|modell?ing|shifts?|expansion|complementarity|axis|axes|dimensions?|"
    r"hypothesis|concept|differentiation|packing|evolution))|"
    # (nor `alongside the classic evasion, poisoning and privacy attack classes` (r113 blog):
    # the kinds of a field)
    # (nor `shows classic delta-propagation still sends redundant stuff` (r167 notes, its gist
    # lost): the standard way, set against the work's)
    r"classic(?<!shows\sclassic)(?<!than\sclassic)(?<!over\sclassic)(?<!beats\sclassic)"
    r"(?<!replaces\sclassic)(?<!unlike\sclassic)(?<!vs\sclassic)(?<!vs\.\sclassic)"
    r"(?<!versus\sclassic)(?<!improves\sclassic)(?<!extends\sclassic)(?!\s+(?:[a-z-]+,?\s+){0,5}(?:architectures|algorithms|methods|models|techniques|"
    r"approaches|systems|classes|attacks|problems|baselines|settings|tasks)\b)|"
    r"overkill|hype|important part|worth it|definitely|sadly|unfortunately|"
    # (but `even an obviously irrelevant one`, r106 glossary: a fact's own word)
    r"(?<!\ban\s)(?<!\ba\s)(?<!\beven\s)obviously|"
    r"for better or worse|everything above|the above|this list|the list|this section|"
    # (`Basically every result below this line uses PPO` (r157 blog, PPO's gist))
    r"(?:below|above) this line|"
    # (`a genuinely clever trick`, `The videos are delightful`, `… skip the control side
    # entirely and it shows` (r157 blog, a gist and two clues): the writer's delight and scorn)
    r"genuinely\s+(?:clever|good|great|nice|useful|better|impressive|fun)|delightful|"
    r"\band it shows\b|"
    # (`interactive version is the nicer read` (r154 table, World Models' gist))
    r"(?:nicer|better|easier|best|harder|nice|easy|quick|fun)\s+read\b|"
    # (`Good first thing to send someone.` (r157 table, the HF post's gist))
    r"(?:good|great|nice|best)\s+(?:first\s+)?(?:thing|place|one|link|read)\s+to\s+"
    r"(?:send|show|give|point|hand)|"
    # `covers basically everything in the pruning section above`, `the appendix is a
    # goldmine of …`: the list's own parts, and praise
    r"\bsections? (?:above|below)\b|basically everything|\bgold ?mine\b|treasure trove|"
    r"recommended by|most notable|"
    # (`went viral`, `a viral heatmap`; never `viral replication` (r139 glossary, the
    # definition of **Restriction factor** lost) nor `Aviral Kumar`)
    r"\b(?:went|gone|go|goes|going)\s+viral\b|"
    r"\bviral\s+(?:moment|hit|post|tweet|thread|video|demo|heatmap|sensation|paper|blog)\b|"
    r"fwiw|imho|afaik|the famous [^.]*\bpaper|the (?:short )?answer is (?:yes|no)\b|"
    r"embarrassingly simple|deserves? (?:a|its|special) (?:mention|place|spot)|"
    r"worth (?:a )?mention(?:ing)?|"
    # `Huge author list, huge report`, `maybe belongs in a stats glossary instead?` (r76):
    # the paper's size and the list's own order
    r"author list|belongs? in (?:a|an|another)\s|"
    # `The latent action idea is the most important thing in the paper` (r76 blog)
    r"(?:most|single most|least) important (?:thing|part|idea|bit|lesson) (?:in|of|about)\b|"
    # `The practitioner's bible for this era` (r77 blog, ST-MoE): the writer's praise
    r"\bbible\b|"
    # `Early and small-scale but the right question` (r78 blog): the writer's verdict
    r"\bthe right (?:question|idea|direction|call|instinct)\b|"
    r"people (?:actually |still |really )?(?:cite|use|read)|"
    r"everyone (?:is |was )?talking|readable|"
    r"short-?ish|mandatory|humbling|great exercise|hugely cited|most cited|"
    # the reading's logistics and the writer's asides: `no pdf saved, … paywalled`,
    # `didn't find a free pdf, library copy`, `should've read this first tbh`, `the
    # leaderboard people actually watch`, `probably the easiest way to get started`
    # (but `fuzz the PDF parser`, `PDF objects`: what the work is about)
    # (and `Open-source PDF→markdown/JSON converter` (r125 table, Docling's definition
    # lost), `turns scientific PDF pages into markup`: what the work handles)
    r"pdfs?(?![-→]|\s*(?:->|→)|\s+(?:objects?|parsers?|parsing|files?|documents?|format|"
    r"readers?|viewers?|renderers?|pages?|content|converters?|malware|text|layers?|into|to)\b)|"
    r"paywall\w*|library copy|free copy|tbh|should'?ve|easiest|one sitting|"
    # `Warning: H&Z is dense` (r114 syllabus, asked as the book's gist): how it reads
    r"^(?:warning|caveat|beware|heads[- ]up|fair warning|nb)\s*:\s+.{0,30}\b(?:is|are)\s+"
    r"(?:very\s+|really\s+|quite\s+|pretty\s+)?(?:dense|terse|long|heavy|hard|tough|dry|slow)\b|"
    # `Shivalika Singh, Sayash Kapoor, Sara Hooker and many more` (r115 blog, a clue's
    # leftover): the byline's tail
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}and\s+(?:many|several|lots|a\s+few|\d+)\s+(?:more|others)\b|"
    # `Graphcore never wrote the big arch paper, so this one stands in for it` (r115 table,
    # asked as the IPU's gist): why it is on the list
    r"\bstands?\s+in\s+for\s+(?:it|that|them|the)\b|\bnever\s+(?:wrote|published)\s+(?:a|the|its)\b|"
    # `IBM Haifa / GCC vectorizer people` (r114 notes, asked as the paper's gist): whose
    # (the group's words apart by a space or a slash: never one word split two ways)
    r"^(?-i:[A-Z])[\w&.-]*(?:\s*/\s*|\s+)(?:(?-i:[A-Z])[\w&.-]*(?:\s*/\s*|\s+))+"
    r"[\w ]{0,25}?(?:people|folks|crowd|gang)\.?$|"
    # `Cloudflare's view + FB's own writeup` (r113 notes, asked as the outage's gist): whose
    # accounts the links are
    r"^(?:[\w.&-]+['’]s\s+(?:own\s+)?(?:view|take|write-?up|post(?:-?mortem)?|account|"
    r"analysis|side|version|summary|timeline|report)(?:\s*(?:\+|,|&|\band\b)\s*|\s*$)){1,4}$|"
    # `No link because the FnTIR page keeps moving`, `no good open link, cited everywhere
    # though`, `yes it's a .ps.Z` (r112 notes, a reverse card's clue): where (not) to find
    # it, in what file
    r"no (?:(?:good|open|free|public|official|stable)\s+){0,2}(?:link|url|pdf|copy)\b|"
    r"keeps? moving|easy to find|cited everywhere|(?<!\w)\.ps(?:\.z|\.gz)?\b|"
    # `Entirely free from the authors' page!!`, `borrowed from library`: where to get it
    r"free (?:from|at|pdf|copy|download)\b|(?:available|online) for free|"
    r"free online(?: (?:at|from|here|on)\b|\s*$)|"
    r"borrowed from (?:the |a |my )?library|have to return|"
    # `a couple of copies are on reserve in the science library` (r174 syllabus, the
    # textbook's gist): where a course keeps it
    r"\bon (?:course\s+)?reserve\b|"
    # `Sections 1–3 … are what matter`, `not required`: what of it to read
    r"what matters?\b|not required|(?:is|are) optional|please (?:read|skim|look|do)\b|"
    # `didn't get this part`, `lost me`: the reader's trouble with it
    r"didn'?t (?:get|understand|follow|grok)\b|lost me\b|(?:is|was|am|got|still) confus(?:ed|ing)|"
    # `The one everyone cites and maybe a third of people have read`, `the one neural paper
    # on this syllabus`, `referred to as J&M below`: the reading's standing, the list itself
    r"(?:everyone|everybody|nobody|people)\s+(?:\w+\s+)?(?:cites?|reads?|knows?|forgets?)\b|"
    # `nice historical detail, skippable` (r85 notes): what the reader may skip
    r"\bskippable\b|"
    r"this\s+(?:syllabus|course|reading list)\b|on the syllabus\b|the reading list\b|"
    r"referred to as\b[^.]{0,40}\bbelow\b|"
    # `The "ok but why does this actually work" paper`: a nickname in the writer's voice
    r"^the\s+[\"“][^\"”]{3,80}[\"”]\s+(?:paper|one|post|book|talk)\b|"
    # `didn't prep, Jon presented`: the reading group's log
    r"didn'?t prep|(?<![a-z] )[A-Z][a-z]+ presented\b|"
    # `— check follow-ups`, `look up the ref`: a note to self
    r"check (?:the )?follow-?ups?|check (?:sec|section|appendix)\b|look (?:it |this )?up\b|"
    # `only the checklist section so far`: how much of it the reader has read
    r"only the [\w\s-]{1,30}?(?:section|chapter|part|intro|appendix)s?\b|"
    # `slow going`, `half-read, come back`, `maybe later`: the reader's progress
    r"slow going|half[- ]read|come back\b|maybe later|not going to read|in progress|"
    r"haven'?t (?:read|started|finished)|did (?:about |only )?half|"
    # `everyone says … are the good part`, `is apparently the one with …`: hearsay
    r"(?:everyone|everybody) says\b|apparently|supposedly|"
    # `Neat idea, annoying to implement …`, `better than most blog posts`, `older but still
    # useful context`, `Adds latency, so measure`: the writer's verdict and advice
    r"\bneat\b|annoying|painful|better than most|still useful|older but|\bold but\b|still great|"
    # `assigned as the pre-reading for session 1 of the reading group`: the group's log
    r"\bassigned (?:as|for|reading)\b|\bpre-?reading\b|\breading group\b|"
    # `specifically: the sampling pages + …`: which pages of it to read
    r"^specifically(?=\s*:)|"
    # `Spoiler: on a lot of SMAC maps, roughly yes`: the answer to the title's question
    r"^spoiler\b|"
    # `good companion to #11`: how it pairs with another reading
    r"\bcompanion (?:to|piece|read|reference)\b|"
    # `From the USTC group` (r175 table, a survey's gist): whose group, said alone
    r"^from the\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:group|lab|team)(?=\W*$)|"
    # `system paper, not much new theory`, `not a DB paper but people conflate it …`, `the
    # MV serialization graph stuff is needed to follow Adya later`, `Table 4 is the thing to
    # memorize`, `good reminder for reading any benchmark paper` (r174 notes, gists and term
    # cards): what kind of reading it is, what it prepares for, what to take from it
    r"^(?:not\s+)?(?:an?\s+)?(?:systems?|theory|db|database|engineering|industry)\s+paper\b|"
    r"\bnot much new\b|^it['’]?s the bridge from\b|"
    # (`Grosch's 1993 review in *Trends Food Sci. Technol.* … is the accessible write-up`
    # (r174 glossary, a cloze on the journal): which reading to take it from)
    r"\b(?:accessible|readable|friendlier|gentler)\s+"
    r"(?:write-?up|account|intro(?:duction)?|summary)\b|"
    r"\bneeded (?:to (?:follow|read|understand)|for #?\d)|"
    r"^(?:\S+\s+){1,3}is the thing to (?:memori[sz]e|remember|know)\b|\bgood reminder\b|"
    # `deepmd-kit is still one of the most used MLIP codes`: how popular it is
    r"\bone of the most (?:used|popular|cited|widely used)\b|"
    # `Pre-ChatGPT, which makes it more interesting, not less`
    r"\b(?:more|less) interesting\b|"
    # `Long, and the math is serious`, `The reference for this whole area`, `Free draft at
    # <url>`: how long or hard it is, where it stands, where to get it (round 69's syllabus)
    r"^long(?:\s*[,;]?\s*(?:and|but)\b|\s*\.?$)|"
    r"\bthe math is (?:serious|heavy|dense|hard|brutal)\b|"
    r"^the (?:go-to |standard )?reference for (?:this|the) (?:whole )?"
    r"(?:area|field|topic|course)\b|\bfree draft\b|"
    # `Non-commercial licence, requires signing an agreement`: how to get it, not what it is
    r"\bnon-?commercial licen[cs]e\b|\brequires signing\b|\blicen[cs]e agreement\b|"
    # `model files are CC BY-NC-SA, code is BSD` (r96 awesome): the terms of use
    r"\bCC[ -]BY\b|\b(?:is|are)\s+(?:MIT|BSD|Apache(?:[- ]2\.0)?|(?:A|L)?GPL(?:-?v?\d)?)\b(?!-)|"
    # `MDN page; spec lives in Fetch` (r99 notes, "What is CORP? → spec lives in Fetch"):
    # where its specification is written down
    r"\bspec(?:ification)?\s+(?:lives|is\s+kept|is\s+maintained)\s+in\b|"
    # `code in FastPFor repo`: where the code is
    r"^code (?:is )?(?:in|at|on)\b[^.;]{0,40}\brepo(?:sitory)?$|"
    # `kipply's blog post, 2022`: whose reading it is and when, a citation
    # (`Manuel Faysse's own walkthrough`: a whole name, and `own`)
    r"^(?:[A-Z][\w.-]+\s+){0,2}[\w.-]+['’]s\s+(?:own\s+)?(?:blog\s+)?(?:post|blog|paper|thesis|"
    r"notes|talk|slides|write-?up|explainer|walkthrough|tutorial)(?:\s*,\s*(?:19|20)\d\d)?(?=\W*$)|"
    # `Bit of a kitchen-sink model, but …`: the writer's verdict
    r"^bit of a\b|\bkitchen[- ]sink\b|"
    r"\bso (?:measure|test|check|benchmark)(?: (?:it|first|yourself))?\b|"
    r"mind-?blowing|nice to see|phew|way more\b|(?:kind|sort) of shocking|"
    # (not `in which you heard shocking news` (r167 glossary, flashbulb memory's definition))
    r"shocking(?!\s+(?:news|events?|stimul\w+|images?|experiences?)\b)|"
    # `The necessary cold shower`, `a sobering reality check`: the writer's verdict
    r"cold shower|reality check|wake-?up call|sobering|"
    # `Big, somewhat sprawling`, `lots of authors from every group`, `Not "mech interp"
    # branded but everybody in the area has internalized it`, `Good bridge between …`,
    # `Two variations on the same theme`: the writer on the reading, not what it says
    r"sprawling|lots of authors|multi-org\b|\bbranded\b|everybody (?:in|has|knows)\b|"
    r"(?:good|nice|useful) bridge\b|(?:two|three) variations on\b|"
    r"no (?:real |proper |actual )?paper(?: yet| \(yet\??\))?|only a blog post|"
    # `The cat-shaped elephant-skin figure.`, `Figure 2 is the whole decade in one chart`:
    # what to look at in it
    r"^the\s+(?:[\w-]+\s+){0,4}(?:figure|plot|chart|diagram)(?=\W*$)|^(?:figure|fig\.)\s*\d+\b|"
    r"\bbookend\b|"  # `The perfect bookend to the decade`
    # `give THIS to new hires`, `… is the interesting part`, `same paper as Llama 3 (above)`,
    # `should probably be in the 2024 table`, `paper came out Nov 2023`: the list's notes
    r"\bgive (?:this|it|these) to\b|\bnew hires\b|\bthe interesting (?:part|bit|section)s?\b|"
    # `send this one to people who think text is easy`, `… so here it is`, `are good for
    # explaining this stuff to non-font people`, `is a gesture in this direction`, `the
    # robustness argument is the real contribution`, `project is mostly dormant now` (r152
    # notes, asked as gists and clozes): the writer's word on the reading
    r"\bsend (?:this|it|these)(?: one)? to\b|\bso here (?:it|they) (?:is|are)\b|"
    r"\bgood for (?:explaining|teaching|introducing|showing)\b|\bin this direction\b|"
    r"\bthe real contribution\b|\bmostly dormant\b|^not really [\"“]?[\w -]+[\"”]? but\b|"
    r"\bsame paper as\b|"
    r"\bshould (?:probably |really )?(?:be|go) in\b|\bbelongs? in the\b|"
    r"\bpaper (?:came out|in|was out)\s+(?:in\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    # `a bold subtitle, evaluate yourself`, `Simpler than TabR and about as good`: a verdict
    r"\bevaluate (?:it |this |that )?(?:for )?yourself\b|\bbold (?:claim|subtitle|title)\b|"
    # (but `plain ERM … is about as good as every fancy DG method` (r118 syllabus) compares)
    # (nor `… at about d = 0.76, i.e., nearly as good` (r150 syllabus): its figures, restated)
    r"(?<!i\.e\.,\s)(?<!i\.e\.\s)"
    r"\b(?:about|roughly|just|nearly|almost) as (?:good|strong|fast|accurate)\b(?!\s+as\b)|"
    # `hard paper, budget time`, `counterpoint to everything else this week`: the course's
    # word on the reading
    r"\bhard (?:paper|read)\b|\bbudget (?:some |extra |more )?time\b|"
    r"\b(?:this|next|last) (?:week|lecture|class|unit|module)\b|"
    # `the pre-diffusion approach, good historical context`: why to read it
    r"(?:good|nice|useful|for)\s+(?:historical\s+)?context\b|"
    # `encyclopedic, use as lookup not cover-to-cover`: how to read it
    r"cover[- ]to[- ]cover|use (?:it )?as (?:a )?(?:lookup|reference)\b|encyclop(?:a)?edic|"
    # `best sources: the 2017 "XLA" post`: where to read up on it
    r"(?:best|good|other) sources?\b|"
    # `someone mentioned in standup, find it`: a note to self
    r"someone (?:mentioned|said|recommended)|find it(?=\W*$)|standup|stand-up|"
    # `good 20 min read, still holds up`, `Two contributions in one paper`
    r"\d+\s?-?min(?:ute)?s? read|holds up\b|(?:two|three) (?:contributions|ideas) in one\b|"
    # `The paper has two halves.` (r120 blog, SGLang's gist), `Came out at about the same
    # time as H2O and has a similar flavor` (r120 blog and syllabus), `Newer kid on the
    # block` (r120 awesome), `More fun than C&T` (r120 glossary): how the writer places it
    r"\bhas (?:two|three|four) (?:halves|parts)\b|\bcame out (?:at )?(?:about |around |roughly )?"
    r"the same time as\b|"
    # (`Came out a couple months before R1 made the whole idea mainstream` (r123 table, Tülu
    # 3's gist once its reward became a `term` card)
    r"\bcame out (?:a |an )?(?:couple|few|\d+)\s+(?:of\s+)?(?:days|weeks|months|years) before\b|"
    r"\bnew(?:er)? kid on the block\b|\bmore fun than\b|"
    # `data at openslr.org/12`, `code on GitHub`: where to get it
    r"^(?:data|code|weights|checkpoints|models?|dataset|slides|audio|recordings?)\s+"
    # (but `Models from 1.3B to 33B trained …` (r126 blog): the sizes, no place)
    r"(?:is\s+|are\s+)?(?:at|on|from|here)\b(?!\s+(?:~|about\s+|around\s+)?\d)|"
    # `ch 5 M/G/1 derivation via z-transforms`: where in the reading, not what it is
    r"ch(?:apters?|s?\.)?\s?\d|"
    # `Introduction + ch. on the voice`, `The opening chapters plus the ones on learning the
    # gaida`, `Editors' introduction only`, `Koskoff's introduction.` (r175 syllabus, gists):
    # which parts of it the course assigns
    r"^(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:opening\s+|first\s+|last\s+|final\s+)?"
    r"(?:introduction|intro|chapters?|chs?\.|preface|selections?)"
    r"(?=\s*(?:only\b|\+|plus\b|and\b|;|\W*$))|"
    # `written just before the staggered-timing stuff blew up`: when it was written
    r"written (?:just |right |long |well )?(?:before|after)\b|"
    r"the paper that (?:made|got|gave|started|kicked|ended|put|everyone|framed|defined the field)|"
    # `The book that invented the phrase`, `Green's own introductory essay is the one to
    # read`, `Short, sharp and still relevant about …`, `Einhard, in *Two Lives of
    # Charlemagne*, trans. David Ganz` (r176 syllabus, gists): the reading's standing, which
    # to read, who translated it
    r"^the (?:book|essay|article|lecture) that (?:invented|coined|named|gave|made)\b|"
    r"\bis the one to (?:read|start with)\b|\bstill relevant\b|"
    r"\btrans(?:\.|lated by)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){1,3}(?=\W*$)|"
    # `Any modern translation`, `The book Woolf is partly arguing with` (r177 syllabus,
    # gists): which edition will do, and whom the reading answers
    r"^any (?:(?:modern|good|recent|decent|English|complete|standard)\s+)?"
    r"(?:translation|edition|version)s?\b|"
    r"^the (?:book|article|essay|paper) (?:[\w'’.-]+\s+){1,3}(?:is\s+)?(?:partly\s+|mostly\s+)?"
    r"(?:arguing|responding|replying|reacting) (?:with|to|against)\b|"
    # `reading only sec 3.3 ("hardware-aware algorithm")`, `4th ed added El Hajj, new
    # chapters on …` (r177 notes, the gists of Mamba and PMPP): which part the writer read,
    # and what an edition added
    r"^(?:i'?m\s+)?(?:reading|read|skimmed|skimming)\s+only\b|"
    r"^\d+(?:st|nd|rd|th)\s+ed(?:ition|\.)?\s+(?:added|adds|drops|dropped|has)\b|"
    # `good for finding things, less good for reading front to back` (r177 awesome, a
    # survey's gist): what the reading is good for
    r"^(?:good|great|useful|handy|best|fine)\s+(?:for|as)\s+(?:finding|looking|reference|"
    r"skimming|browsing|dipping)\b|\bless good for reading\b|"
    r"\bgood riddance\b|\b(?:older|earlier|previous|old)\s+ed(?:ition|\.)?s?\b|"
    # `2.7 (…) can be skimmed`, `Good second explanation if Garnett's chapters don't click`
    # (r178 syllabus, gists): what to skim, and when to read it
    r"\bcan be (?:skimmed|skipped)\b|^good (?:first|second|third|other) (?:explanation|read|"
    r"introduction|intro|pass|take)\b|"
    r"\bif [\w'’]+(?:\s+[\w'’]+)?\s+(?:don['’]t|doesn['’]t)\s+click\b|"
    # `Closed model, thin technical detail`, `Different problem, same memory constraints`
    # (r177 blog, the gists of Gemini 1.5 and VideoLLM-online): the paper's detail, and how
    # it stands beside the others
    r"\bthin (?:on )?(?:technical )?details?\b|"
    r"^different (?:problem|task|goal|setting|question)s?,?\s+same\b|"
    # `Cotter, *A History of Nautical Astronomy*, for the full story` (r177 glossary, a
    # cloze): where to read more
    r"\bfor the (?:full|whole|complete|longer|real) (?:story|history|details)\b|"
    # `Penguin (*Catiline's War, …*) is fine` (r177 syllabus): which edition will do
    # (never `… and concludes everything is fine` (r179 glossary, the horizon effect's
    # definition dropped): what someone in it thinks)
    r"(?<!\beverything )(?<!\ball )"
    r"\b(?:is|are) (?:also )?(?:fine|ok|okay|good enough)(?=\W*$)|"
    # `The most important paper in the course`, `read Sections 1–5`, `(just for history)`:
    # the course's view of a reading and what to read of it
    r"\bmost important (?:paper|reading|result)\b|\bin (?:the|this) course\b|"
    # `good bird's-eye view of the whole course, read it now and again at the end`,
    # `Tuesday's lecture is entirely on this paper`, `The math in Sec. III is heavy`, `Treat
    # as a reference for the rest of Part II, not a weekly reading` (r154 syllabus, asked as
    # gists and clues): the course's plan for the reading
    r"\bthe whole (?:course|class|seminar)\b|\bread (?:it|this) (?:now|again|twice|first)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri)day['’]s (?:lecture|class|session|section)\b|"
    r"\blecture is (?:entirely |all |mostly )?(?:on|about)\b|\bsec(?:tion)?\.?\s+[IVX]+\b|"
    r"\b(?:math|notation|proofs?|derivations?)\b[^.;]{0,30}\b(?:is|are|gets?) "
    r"(?:heavy|dense|hairy|brutal)\b|\btreat (?:it |this |these )?as (?:a )?reference\b|"
    r"\bweekly reading\b|\bthe rest of part\b|\bread (?:it |this |them )?after the\b|"
    r"\bby basically everyone\b|"
    # `The benchmark everyone reports against`, `The baseline everybody compares against`
    # (r154 blog and awesome gists): its standing, in the writer's words
    # (said alone; after a semicolon it is cut from the fact: `First-order approximation of
    # ChebNet …; the baseline everyone compares to`)
    r"^(?:the|a)\s+[\w -]{1,30}?\s+(?:everybody|everyone)\s+(?:compares|reports|benchmarks|"
    r"measures|tests|evaluates)(?:\s+(?:against|to|on|with))?(?:\s+now)?(?=\W*$)|"
    # `and it was *amazing* at the time`, `product page only`, `For the RL lineage continue
    # with DreamerV3`, `For controllability see also MotionCtrl …` (r154 table gists and
    # clozes): the writer's wonder, where the work lives, and what to read next
    r"\bamazing\b|\b(?:product|project|landing) page only\b|"
    # `some of the compression stuff is dated (pre-SIMD)`, `… is half the battle` (r154
    # notes, a cloze and a clue): the writer's verdict
    r"\b(?:is|are|feels?|looks?) (?:a bit |somewhat |rather |pretty |very )?dated\b|"
    r"\bhalf the battle\b|"
    # `Connects back to ACE and to SOAP from week 3`, `Simple idea, surprisingly durable`
    # (r154 syllabus gists): the course's cross-reference, the writer's verdict
    r"\b(?:from|in|of|since) (?:week|lecture|unit|module|class) \d+\b|\bsurprisingly durable\b|"
    # `abbreviated C&T below`, `ties together weeks 4, 7 and 9`, `the key paper for this part
    # of the course`, `nice application of the same dual` (r156 syllabus gists and clues)
    r"^abbreviated\b|\bweeks \d+(?:,\s*\d+)*,?\s+and\s+\d+\b|\b(?:this|that) part of the course\b|"
    r"\bnice application of\b|"
    # `50-ish pages, read it in two sittings`, `the title says it all` (r154 notes gists),
    # `… kicked off the "precision nutrition" wave, see PREDICT below` (r154 glossary): its
    # length, the writer's shrug, a pointer to another entry
    r"\b\d+-?ish pages\b|\bin (?:one|two|three) sittings?\b|^(?:the\s+)?title says it all(?=\W*$)|"
    r"\bsee\s+(?:[A-Z][\w-]*\s+)?(?:below|above)\b(?![^()]*\))|"
    # `Smaller + higher quality alternative: OpenVid-1M` (r154 table, Panda-70M's gist):
    # another work to read instead
    r"\balternatives?:\s+(?-i:[A-Z])|"
    r"\bread (?:sections?|chapters?|parts?|pp\.?|pages)\s+\d|\bfor history\b|history only\b|"
    # `framing for the lit review intro`, `handy for the survey intro`: the writer's plans
    # (but `a living literature review`: what it is)
    r"\blit review\b|\b(?:lit(?:erature)?[- ]review|survey) (?:intro|section|chapter)\b|"
    r"for (?:the|my|our) (?:survey|thesis|related[- ]work|"
    r"intro(?:duction)?|(?:lab )?write-?up|slides|talk)\b|"
    # `best single overview of …`, `good survey for intro chapter`: praise of the reading
    r"(?:good|great|best|better|nice|solid|decent|excellent)\s+(?:[\w-]+\s+)?"
    r"(?:survey|overview|intro\w*|tutorial|reference|explainer|primer|summary|read|"
    r"on-?ramp|starting point|entry point)|"
    # `the assembly and phylogeny chapters are very good` (r179 syllabus, what *Bioinformatics
    # Algorithms* "is"): praise of its parts
    r"\b(?:chapters?|sections?|parts?|appendix|appendices)\s+(?:is|are)\s+"
    r"(?:(?:very|really|quite|especially|particularly)\s+)?"
    r"(?:good|great|excellent|superb|useful|worth\s+\w+|the\s+best)\b|"
    # `only really read the image section`: the reader's own log
    # (not `items you just read` (r167 glossary, the generation effect's definition): what
    # anyone read)
    r"(?=[jnbfpmo])(?<!\byou\s)(?<!\bone\s)(?<!\bthey\s)"
    r"(?:only|just|never|barely|finally|partly|mostly)\s+"
    r"(?:really\s+|actually\s+)?(?:read|skimmed|finished|got through|looked at)|"
    r"\b(?:skimmed|read|finished)\s+only\b|"  # `skimmed only`
    # `Neo makes more sense in hindsight`: how it reads (not `makes sense of logs`)
    r"makes?\s+(?:[\w-]+\s+){0,2}?sense(?!\s+of\b)|"
    r"(?:people|everyone|libraries|folks|anyone)\s+(?:\w+\s+)?actually|"
    r"actually (?:use|watch|go|got|read|ran|run)\w*|"
    r"get(?:ting)? started|non-technical|good intro\w*|still (?:a )?good|read this first|"
    r"do the examples|focus on the|v\. practical|no excuse|why (?:it'?s|it is) here|"
    # (`… but people confuse the two constantly so it's here` (r180 table, TabLLM's gist))
    r"so (?:it'?s|it is) (?:here|listed|included)\b|"
    r"(?:two|three|four|five|\d+) pages|read (?:it |this )?before (?:lecture|class)|"
    # `the OpenJDK folks have been... measured... about it` (r127 notes): the writer's gossip
    r"\bfolks\s+(?:have|are|were|seem)\b|"
    # `Opinion: amazing for fused … kernels` (r128 notes, Triton's gist), `the closest thing
    # the course has to a textbook` (r128 syllabus): the writer's view, the course's use
    r"^(?:opinion|my\s+take|hot\s+take|imo|verdict)(?=\s*:)|"
    r"\bclosest\s+thing\s+(?:the|this|our)\s+(?:course|class|list|seminar)\s+has\b|"
    # `This one takes a different approach`, `A long and careful survey from the LMU Munich /
    # mlr crowd` (r128 blog, two gists): how the writer places it, whose circle it is from
    r"^this\s+one\s+(?:takes|is|does|has|goes)\b|\bfrom\s+the\s+[^,;.]{1,40}\s+(?:crowd|folks|gang)\b|"
    # `Official tutorials are the real docs` (r128 notes, Triton's gist): where to read
    r"\b(?:is|are)\s+the\s+real\s+(?:docs|documentation|reference|manual)\b|"
    # (but `a test … that tells you whether …`, `lets you conclude`: the generic reader of
    # a definition)
    # (nor `beyond what you'd predict from …` (r154 glossary, Adaptive thermogenesis's
    # definition dropped): anyone's expectation)
    r"you're|you are|you'd(?!\s+(?:predict|expect)\b)|your|"
    # (nor `summarise what you've seen so removals don't need tombstones` (r167 notes, the
    # OR-Set's mechanism dropped): what a replica has seen)
    r"you(?<!tells you)(?<!lets you)(?<!gives you)(?<!helps you)(?<!shows you)(?<!what you)"
    r"(?!['’]d\s+(?:predict|expect)\b)|"
    r"you(?!\s+(?:whether|if|how|which|when|what|conclude|compute|check|decide)\b|['’]ve\s+seen\b)"
    r"(?!['’]d\s+(?:predict|expect)\b)|"
    # (not the roman one of `Type I error`, `Phase I trials`, nor the mutual information
    # `I(X; Y)` or the `i` of `i.i.d.`)
    # (`device i equals …`, `node i`: a variable, not the writer)
    # (`EU/UK/US legislation`: a country, not the writers)
    # (`It also gave us the unbiased pass@k estimator` (r126 blog): what the field got)
    rf"we|our|(?<!gave )(?<!gives )(?-i:us)|{_VARIABLE_BEFORE}"
    # (nor the `I` of `I/O`, nor an index: `at each (i, j)`, `x_i`, `i = 1..n` (r119 awesome:
    # PaDiM's definition dropped as the writer's voice))
    r"(?<![._=])i(?!\s*[(,)=<>+*^_]|\.\w|/)|"
    r"my|me)\b|"
    # (and where a mark starts them: `it's optional`, `(see above)`, `§4`, which `\b` before
    # them missed after a space)
    r"\b['’]s optional\b|\((?:see )?(?:above|below)\)|§\s?\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def opinion_in(text: str) -> re.Match[str] | None:
    """`OPINION.search(text)`, remembered for the last few texts: the readers of an entry's
    claims, its remarks and its cards ask it of the same sentence again and again (half of
    the calls on the bundled list). A few dozen: never more than one entry's worth."""
    return OPINION.search(text)


#: another item of the list, by its number: `ties directly into #18 (…)` (r73 notes), `the
#: tradeoff from #8 biting back` (r88 notes) — but `ranked #1` is a rank
LIST_ITEM_POINTER = re.compile(
    # (`the tactic language used for #20/#21` (r140 notes, SSReflect's gist))
    # (`why #12 exists` (r172 notes, SHAttered's gist))
    # (`the theory behind #38` (r173 syllabus, a gist))
    r"\b(?:into|to|on|and|with|see|like|than|after|before|of|from|in|for|by|vs\.?|why|behind|"
    r"under|about)\s+#\d{1,3}\b"
    r"|\((?:→|->)?\s*#\d{1,3}\)",  # (`(→ #16)`, r95 notes)
    re.IGNORECASE,
)
#: `Yes, it's a compilers paper.`, `No, really:`: the writer answering the reader's doubt
#: (`no-cache = store but revalidate …` (r87 notes) is a header's name, not a reply: a
#: hyphen answers only with a space after it)
REPLY = re.compile(
    r"^(?:yes|no|yep|nope|sure|okay|ok|granted|admittedly)(?:\s*[,!:—–]|\s*-(?=\s))", re.I
)
#: `the canonical explainer, kept updated for years`, `a compilers paper`: what kind of
#: reading it is, and the writer's verdict on it — not what it says (`a long tutorial that
#: derives …`, `a post on …`)
READING_KIND = re.compile(
    r"^(?:(?:it|this)(?:['’]s|\s+is)\s+)?(?:just\s+|still\s+)?"
    # `a compilers paper`: of a kind; but `the hyperthreading paper`, `the original diffusion
    # paper` single it out (what it stands for, where it stands in history): a fact
    r"(?:(?:a|an)\s+(?:[\w/-]+\s+){0,3}?|the\s+(?:(?:canonical|definitive|standard|go-to|"
    r"usual|best|famous|ultimate|obligatory|quintessential|perfect)\s+){1,2})"
    r"(?:paper|post|explainer|article|essay|write-?up|book|talk|lecture|video|tutorial|"
    r"survey|thread|piece|overview|intro|introduction|primer|reference|read)"
    r"(?:\s*,\s*(?!(?:which|that|who|where|on|of|about|for|in|with|to|from|by|covering|"
    r"deriving|explaining|showing|introducing|proving|describing)\b)[^,;:]*)?$"
    # `The library paper / tutorial`: two kinds of reading at once, a reading's kind
    r"|^the\s+(?:[\w-]+\s+)?(?:paper|post|article|book|talk|tutorial|survey)\s*/\s*"
    r"(?:paper|post|article|book|talk|tutorial|survey|docs|blog(?:\s+post)?)\.?$"
    # `The June 2023 launch post, which came out before the paper` (r120 blog, a clue of
    # vLLM's): which of its writings it is
    r"|^the\s+(?:[\w-]+\s+){0,3}(?:launch|announcement|release|intro)\s+(?:blog\s+)?"
    r"(?:post|blog|video|thread|talk)\b(?:\s*,\s*which\s+[^,;:]*)?\.?$"
    # `Short, up-to-date overview` (r74 notes): the writer's adjectives for a kind of reading
    r"|^(?:(?:short|long|brief|quick|concise|readable|up-to-date|dated|gentle|dense|clear|"
    r"great|good|nice|solid|accessible|thorough|broad)\s*,?\s+){1,3}"
    r"(?:overview|survey|primer|intro(?:duction)?|tutorial|read|summary|explainer)\.?$",
    re.IGNORECASE,
)
#: `The journal version of DMPs (original idea is ICRA 2002)`: which version of the work
#: the reading is, not what the work is
VERSION_NOTE = re.compile(
    r"^(?:(?:it|this)(?:['’]s|\s+is)\s+)?(?:(?:the|an?)\s+(?:[\w-]+\s+)?|(?=\w+rxiv\s))"
    r"(?:journal|conference|biorxiv|medrxiv|"
    r"extended|expanded|full|long|longer|short|shorter|arxiv|published|camera[- ]ready|"
    r"preprint|workshop|tech(?:nical)? report|book|updated|revised|final|official)\s+"
    # (not `the longer version = "Non-Cooperative Games"`: another reading, named)
    r"(?:version|edition|write-?up|paper)\b(?=\s*(?:$|of\b|from\b|[(,.;]))"
    # `published in *Nature* 2023 as "Accurate medium-range …"`: where else it appeared
    r"|^(?:(?:also|later|first|originally)\s+)?(?:published|appeared|reprinted)\s+(?:in|at|as)\b"
    # `extended in IJRR 2024` (r120 table, "What is **Diffusion Policy**? → extended in …")
    r"|^(?:(?:later|since)\s+)?(?:extended|expanded)\s+(?:in|as|into|at)\s+(?:the\s+)?(?-i:[A-Z])"
    # `Preprint was "Emergent autonomous scientific research capabilities …"` (r114 blog):
    # the other version's title
    r"|^(?:the\s+)?(?:preprint|arxiv\s+version|earlier\s+version|first\s+version)\s+"
    r"(?:was|is|called|titled)\b"
    # `obsoleted by RFC 9156 (2021)` (r73 notes): what came after it, not what it is
    r"|^(?:now\s+)?(?:obsoleted|superseded)\s+by\b"
    # `STOC '99 paper, journal version 2001.` (r153 syllabus, what *Algorithmic Mechanism
    # Design* "is", once its venue was read): its versions
    r"|^(?:[\w'’]+\s+){0,2}paper,\s+(?:the\s+)?journal\s+version\b",
    re.IGNORECASE,
)
#: `Short, angry, correct.`, `Dense but essential`: a verdict on the reading, in adjectives
VERDICT_WORDS = frozenset(
    {
        *("short", "long", "dense", "angry", "correct", "wrong", "clear", "brilliant", "great"),
        *("fun", "boring", "hard", "easy", "tough", "terse", "excellent", "essential", "seminal"),
        # `Pleasant, fun, somewhat evangelical` (r140 notes, "What is **Propositions as
        # Types**?")
        *("pleasant", "evangelical", "preachy", "somewhat", "breezy", "chatty", "polemical"),
        # `Pricey; check your library.` (r142 awesome, "What is this paper known as? →
        # Pricey"): what it costs
        *("pricey", "expensive", "paywalled"),
        # (`Short and a bit brutal.` (r136 blog, Gao & Coley's gist): how it reads)
        *("brutal", "harsh", "blunt", "punchy"),
        *("influential", "optional", "accessible", "approachable", "opinionated", "lucid"),
        *("early", "sober", "spicy", "tiny", "nice", "solid", "neat", "dry", "light"),
        *("very", "really", "quite", "so", "too", "but", "and", "yet", "still", "a", "bit"),
        *("huge", "massive", "big", "comprehensive", "thorough", "exhaustive", "dated"),
        *("outdated", "classic", "readable", "underrated", "gentle", "good"),
        *("beautiful", "elegant", "cute", "clever", "old"),
        # `Short and very well written` (r130 syllabus, asked as what the paper is known for)
        *("well", "written", "well-written", "careful", "carefully"),
        # `Small; still reported as …`, `Lightweight: trains in ~3 days …` (r112 awesome: the
        # KIT dataset and MDM named "Small" and "Lightweight")
        *("small", "lightweight", "heavyweight", "cheap", "contested"),
        *("contentious", "controversial"),
        # (`Huge (100+ pages)` (r173 awesome, a survey's gist): how long it is)
        *("pages", "page", "pp"),
        # `Shorter; how to do TIES/DARE merges of LoRA adapters …` (r171 blog, the post named
        # **Shorter**): how it reads beside the one before
        *("shorter", "longer", "easier", "harder", "gentler", "friendlier", "denser"),
        *("lighter", "drier", "clearer", "cleaner", "newer", "older", "better", "broader"),
        # `Sobering. With a fixed model-selection protocol …` (r118 syllabus, "the **Sobering**
        # paper"): the writer's word on it, never its name
        *("sobering", "surprising", "interesting", "impressive", "humbling", "fascinating"),
        *("striking", "landmark", "foundational", "important", "depressing", "mind-blowing"),
        # what the verdict is on: `Long title, great paper` (r117 notes, a reverse card's clue)
        *("paper", "read", "title", "intro", "writeup", "survey", "talk", "post", "book"),
    }
)


_VERDICT_ADJ = (
    r"(?:short|long|dense|spicy|angry|clear|brilliant|great|good|nice|solid|fun|hard|easy|"
    r"tough|terse|excellent|essential|seminal|influential|accessible|approachable|"
    r"opinionated|lucid|tiny|huge|gentle|classic|beautiful|elegant|cute|neat|clever|"
    r"readable|practical|underrated|comprehensive|thorough|exhaustive|dated|outdated|dry)"
)
#: a verdict that opens a sentence: `Short, spicy, and the reason every paper …`, `Long,
#: dense, and the only place where …`, `Great ablation paper, read sections 3 & 4`, `Tiny
#: trick, huge gains`, `Probably the strongest of this generation`
_VERDICT_LEAD = re.compile(
    rf"^(?:(?:very|really|super|quite)\s+)?{_VERDICT_ADJ}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    rf"{_VERDICT_ADJ}\b"
    rf"|\s+but\b"  # `Long but the "recipe" part at the end is a goldmine`
    # `Comprehensive up to about 2018`: how far a survey reaches
    rf"|\s+(?:up\s+to|until|through|as\s+of)\s+(?:about\s+|around\s+)?(?:19|20)\d\d\b"
    rf"|\s+(?:[\w-]+\s+)?(?:paper|read|trick|intro|introduction|survey|overview|codebase|"
    r"write-?up|book|talk|tutorial|baseline|idea)s?\b(?!\s+(?:that|which|of|on|for|about)\b))"
    r"|^(?:probably|arguably|maybe|perhaps|easily|by far)\s+the\s+\w+est\b"
    # (`Probably the single most-used synthetic preference dataset …` (r172 blog, a clue))
    r"|^(?:probably|arguably|maybe|perhaps|easily|by far)\s+the\s+(?:single\s+)?most[\s-]"
    r"(?:used|cited|popular|read|downloaded|influential|useful|important|valuable)\b"
    # `Small tweak, reasonable gains` (r171 blog, *Model Breadcrumbs*' gist): the writer's
    # sum of it
    r"|^(?:small|tiny|minor|simple)\s+(?:tweak|change|trick|idea|fix),\s+(?:[\w-]+\s+)?"
    r"(?:gains?|wins?|improvements?)\W*$"
    # `It's a welcome dose of skepticism.`, `It's an early, clean framing of the problem.`, `It's
    # long and fairly exhaustive, …` (r126 blog, each asked as the work's gist): the writer's
    # word on it, said of "it"
    rf"|^it(?:['’]s|\s+is)\s+(?:(?:a|an)\s+)?(?:(?:very|really|quite|fairly|pretty|super)\s+)?"
    rf"(?:{_VERDICT_ADJ}|welcome|early|clean|provocative|refreshing|careful|sobering|honest)"
    r"(?![\w-])"
    # `Not a "long context paper" per se but arguably the single most important enabler`
    # (r122 blog, a cloze on "long context paper"): what the writer files it under
    r"|^not\s+(?:a|an|really\s+a|really\s+an)\s+[^,;:.]{2,40}?\s+per\s+se\s*,?\s+but\s+"
    r"(?:arguably|probably|maybe|perhaps|easily)\b"
    # `the reason the open code model ecosystem exists` (r126 blog, The Stack's gist): what
    # it matters for, in the writer's eyes
    r"|^(?:(?:it(?:['’]s|\s+is)\s+)?(?:also\s+)?)?(?:the|a)\s+(?:big\s+|main\s+)?reason\s+"
    r"(?:why\s+|that\s+)?[^,;:.]{3,50}?\s+(?:exists?|works?|happened|took\s+off)\.?$",
    re.IGNORECASE,
)


def is_verdict(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if 0 < len(words) <= 6 and all(word in VERDICT_WORDS for word in words):
        return True
    return _VERDICT_LEAD.match(text) is not None


# `the DeepSpeed one`: which of several it is, in the list's words, not what it is
THE_ONE = re.compile(
    r"^(?:(?:this|it) is\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}one[.!]?$"
    # `THE one to read for Rust's lineage.` (r145 notes, a gist): which to read
    r"|^(?:(?:this|it)(?:['’]s|\s+is)\s+)?the\s+(?:one|paper|book)\s+to\s+(?:read|start\s+with)\b"
    # `this is the one actually implemented in practice` (r167 notes, the OR-Set's gist): which
    # of several people use
    r"|^(?:(?:this|it)(?:['’]s|\s+is)\s+)?the\s+one\s+(?:(?:that|which)\s+)?(?:(?:actually|"
    r"really|everyone|people|most\s+people|you)\s+)?(?:implemented|used|uses|use|deployed|"
    r"shipped|cited|cites|cite|read|reads)\b",
    re.IGNORECASE,
)
#: a pointer to something else to use or read: `Add capacity instead.`, `If you're
#: implementing DetectGPT today, implement this instead.`, `For travel times people usually
#: use iasp91 … instead.` (but a work doing a thing another way says what it does:
#: `SpinQuant … learns the rotations instead.`, `Engineered routes to metabolise glycolate
#: inside the chloroplast instead.` (r128 glossary, its whole definition))
INSTEAD = re.compile(
    r"^(?!instead of\b)"
    r"(?:(?:(?:for|if|when|in)\b[^,]*?(?:,\s*|(?<!\bthey)(?<!\bwe)\s+(?=use\b))|.*[;:]\s*)?"
    r"(?:(?:just|then|so|probably)\s+)?"
    r"(?:use|read|see|try|implement|add|write|watch|skim|pick|prefer|go|do|focus|consider|"
    r"look|check|grab|start|switch|stick|skip)\b"
    r"|.*\b(?:people|you|we|folks|everyone)\b(?:\s+[\w']+){0,2}?\s+"
    r"(?:use|read|go|pick|prefer|reach|want|should|can)\b"
    r"|.*\bread\b)"
    r".*\binstead\.?$",
    re.IGNORECASE,
)

#: where a part of a work is, not what it says: `the "TL;DR:" zero-shot summarization
#: result is in sec. 3.6`, `the proof is in Appendix B`
WHERE_IN_WORK = re.compile(
    r"\b(?:is|are)\s+(?:(?:all|only|mostly)\s+)?in\s+(?:the\s+)?(?:sec(?:tion)?s?\.?|§|"
    r"fig(?:ure)?s?\.?|appendix|app\.|table|tab\.|chapter|ch\.|part|lecture)\s*[\dA-Z]"
    # `sections 3.1–3.2 on masked self-attention`, `JMLR — sections 1–3 only`: which part
    # of the reading to read, not what it says
    r"|^(?!.*\b(?:is|are)\b)(?:[A-Z][\w&.]*\s*[—–-]\s*)?"
    r"(?:sec(?:tion)?s?\.?|§|ch(?:apter)?s?\.?|pp?\.|pages?)\s*\d"
    # `Pairs naturally with MiniLLM; read them together` (r94 blog), `Key reading for the
    # "bridging Marr's levels" thread` (r94 syllabus): where the reading stands among others
    r"|^(?:pairs?|goes?|fits?)\s+(?:naturally|nicely|well)\s+with\b"
    r"|^(?:(?:a|the)\s+)?(?:key|core|main|essential|central|background|companion)\s+"
    r"reading\s+(?:for|on|in)\b"
    # `The evals and RAG sections are the relevant parts`: which parts to read
    r"|\b(?:sections?|chapters?|parts?)\s+(?:is|are)\s+the\s+(?:most\s+)?"
    r"(?:relevant|important|interesting|useful|best|key|essential)\b",
    re.IGNORECASE,
)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: when the parts of a release came out, not what it is: `blog came in January, the paper
#: only in Feb`, `weights in Feb, report in March`, `Technical report only:`
RELEASE_NOTE = re.compile(
    # (`the 1.5B model wasn't fully released until Nov 2019`, r79 table: a size before it)
    rf"^(?:(?:the\s+)?(?:[\w.]*\d[\w.]*\s+)?(?:blog|paper|weights|report|code|model|preprint|"
    rf"demo|api)s?\b"
    # (`Models had been out since early 2024`, r78 table)
    rf"[^.;]{{0,25}}\b(?:in|on|since|until|was|is|came|out)\s+(?:(?:since|in|on)\s+)?"
    rf"(?:(?:early|mid|late)\s+)?"
    rf"(?:{MONTH}|(?:19|20)\d\d)\b[^.;]{{0,40}}$"
    r"|same\s+(?:day|week|month|year|time|group|lab|team|authors|people)\s+as\b"
    # `merged in Linux 5.1`, `shipped in Chrome 91`: which release it landed in
    # (and the browser it came with: `shipped in V8 v6.9 (Chrome 69)`, r94 notes)
    r"|^(?:merged|shipped|landed|upstreamed|released)\s+in(?:to)?\s+[\w .-]{0,30}\d[\d.]*"
    r"(?:\s*\([\w .-]{1,30}\))?$"
    # `on by default since Chrome 119` (r94 notes): when users got it, not what it is
    r"|^(?:on|enabled|shipped|available)\s+by\s+default\s+(?:since|in|from)\s+"
    r"[\w .-]{0,30}\d[\d.]*$"
    # `Vassilev et al., final version March 2025` (r113 blog, asked as NIST AI 100-2's
    # gist): which version, when
    rf"|^(?:the\s+)?(?:final|initial|first|second|draft|public|updated|revised|latest)\s+"
    rf"(?:version|draft|release|edition|revision)\s+(?:(?:in|on|from|out|published)\s+)?"
    rf"(?:{MONTH}\s+)?(?:19|20)\d\d$"
    # `chs 8–9 (intro to optimization), ch 13 regalloc`: which parts were read
    r"|(?:chs?|chapters?|secs?|sections?|§)\.?\s*\d+(?:\s*[–-]\s*\d+)?\b[^.;]{0,60}$"
    # `open access from MIT Press`, `free draft online`: where to get it, not what it is
    r"|open[- ]access(?:\s+(?:from|at|via|on)\s+[^.;]{1,30})?$"
    r"|free(?:ly available)?(?:\s+(?:draft|pdf|copy|version))?\s+online$"
    # `A draft is on the author's page`, `a PDF is available on arXiv`: where to get it
    r"|(?:an?\s+|the\s+)?(?:free\s+)?(?:draft|pdf|preprint|copy|version|manuscript)s?\s+"
    r"(?:is|are)\s+(?:freely\s+)?(?:on|at|available|online|free|posted)\b[^.;]{0,50}$"
    r"|(?:tech(?:nical)?\s+)?(?:report|blog(?:\s+post)?|paper|model\s+card|press\s+release)"
    r"\s+only\s*:?$"
    r"|not\s+(?:a|an)\s+(?:new\s+)?[\w-]+(?:\s+[\w-]+)?\s*(?:,|$)"
    # `the feature shipped in Excel 2013`: where it went, not what it is
    r"|the\s+(?:feature|tool|product|system|library|app)\s+(?:shipped|landed|launched)\b"
    # `Technical report, 2016`, `the Machine Translation chapter`: what kind, which part
    r"|(?:tech(?:nical)?\s+report|white\s*paper|memorandum|memo|preprint)\s*,?\s*(?:19|20)\d\d\.?$"
    r"|the\s+(?:[\w-]+\s+){1,4}(?:chapter|appendix|section)s?\.?$)",
    re.IGNORECASE,
)
INSTRUCTION = re.compile(
    # (`Then read Leeman et al.'s critique (…), arguing that …` (r136 blog, a cloze on its
    # journal): what to read next)
    r"^(?:(?:then|also|next|afterwards)\s+)?"
    r"(?:for (?:background|context|more|details|a refresher)\b[^.;]{0,20}?\b(?:read|see)\b|"
    # (`Be ready to argue about whether that label is fair` (r99 syllabus): the seminar's ask)
    r"be (?:ready|prepared) to|come (?:ready|prepared) to|"
    # (`Bring this one to the discussion` (r118 syllabus, "What is it? → Bring this one …"))
    r"bring (?:this|it|them|these|questions|one)\b|"
    # (`Browse the plates and the title page on …` (r169 syllabus, a cloze on the site's
    # name), `Stick with it.`, `primary source; read it as one` (a gist and a reverse): how
    # to read it)
    r"browse\s+(?:the|its|this|through)\b|stick\s+with\s+(?:it|this|them)\b|"
    r"come\s+with\s+(?:one|an?|two|three|your)\b|(?:an?\s+)?primary\s+source\s*(?:[;.]|$)|"
    # (`Take the math seriously.`, `Notice how simple the learning component is` (r145
    # syllabus, a key idea and a gist): the instructor's advice)
    r"take\s+(?:the|this|it|them)\b[^.;]{0,30}\bseriously|notice|"
    # (`Discussion leader: ask whether "multi-instrument" here means …`, `A model for Lab 4.`
    # (r157 syllabus, a cloze on "Discussion leader" and a gist): the seminar's roles and
    # asks, and how the course uses the reading
    r"(?:discussion\s+lead(?:er)?s?|discussants?)\s*:|ask\s+(?:whether|if|yourself|how|why)|"
    r"(?:a|the)\s+(?:model|template|starting\s+point)\s+for\s+(?:lab|homework|hw|assignment|"
    r"problem\s+set|pset|(?:the|your)\s+(?:final\s+)?project)\b|"
    r"read|see|watch|listen|check|try|look|skim|start|learn|go|pick|choose|note|know|pair|"
    r"pay attention|focus on|reproduce|compare|skip|ignore|don'?t|do not|evaluate on|avoid|prefer|"
    # `only section 2 (the permutation-invariance theorem)`: which part to read
    r"only (?:§|sections?|chapters?|ch\.|pages?|pp\.|parts?|the first)\s*\d*|"
    # `primary text for weeks 1–4`, `the main textbook`, `This is the main text for Weeks
    # 1–5` (r110 syllabus, useless as what the book is): how the course uses it
    r"(?:(?:this|it)\s+is\s+|it['’]s\s+)?(?:the\s+)?(?:primary|main|core|secondary|companion|course)\s+"
    r"(?:text|textbook|reading|reference)(?:\s+for\s+(?:weeks?|lectures?|units?|parts?)\b.*)?$)"
    r"(?![\w-])"
    # (not a term that opens with such a word, then its gloss: `Read barrier: any time …`,
    # `Start state: …`)
    r"(?!\s+(?!(?:this|that|it|the|a|an|these|those|them|first|both|all|here|me|\w+ly)\b)"
    r"[a-z][\w-]*:\s)",
    re.IGNORECASE,
)


_TITLE_SMALL = frozenset(
    {
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or"),
        *("over", "the", "through", "to", "using", "via", "vs", "with", "without", "is", "are"),
        # (`Certifying LLM Safety against Adversarial Prompting`, r119 table: a title asked as
        # the gist of **Erase-and-check**)
        *("against", "versus", "toward", "towards", "beyond", "under", "between", "within"),
        *("across", "upon", "per"),
    }
)


def is_title_case(text: str) -> bool:
    """Five words or more, each capitalised or a small word: a title, not a sentence."""
    words = [word.strip("\"“”'‘’()[],.:;!?") for word in text.split()]
    words = [word for word in words if word]
    if len(words) < 5 or not words[0][:1].isupper():
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or word.casefold() in _TITLE_SMALL
        for word in words
    )


# `Presenters: also look at …`, `Note: …`: a label before a remark, never a name
LABEL_WORDS = frozenset(
    {
        *("presenters", "presenter", "note", "notes", "aside", "update", "tip", "hint"),
        *("bonus", "todo", "tl;dr", "tldr", "edit", "why", "context", "background"),
        *("summary", "optional", "required", "homework", "exercise", "warning", "caveat"),
        *("beware",),  # `Beware: single-thread, in-memory, …` (r154 notes, asked as a term)
        *("nb", "n.b.", "ps", "p.s.", "follow-up", "followup", "see also", "related", "also"),
        *("takeaway", "key idea", "idea", "result", "results", "verdict", "status", "question"),
        *("answer", "short answer", "original", "origin", "source", "reference", "ref"),
        *("citation", "cite", "paper", "finding", "findings", "lesson", "conclusion", "claim"),
        *("quip", "slogan", "motto", "problem", "tl;dr version", "example", "examples"),
        # what the entry's paper fixes or builds on: `Fix: …`, `Precursors: Song et al. …`
        *("fix", "the fix", "trick", "cause", "the cause", "effect", "upshot", "catch"),
        # `Fixes: Multiple Evidence Calibration …` (r103 blog, "What is this paper known as?
        # → Fixes")
        *("fixes", "mitigation", "mitigations", "remedy", "remedies", "workaround"),
        # `Headline: that 50% time horizon has doubled …` (r106 blog, "the **Headline** paper")
        *("headline", "headline result", "headline finding", "bottom line", "punchline"),
        *("q", "qs", "open q", "open question", "open questions", "questions"),  # to oneself
        *("skim", "skip", "skimmed", "read", "reread", "re-read"),  # what to do with it
        # where to get it: `Framework: [angr/angr](github…)`, `Code: …`
        *("framework", "code", "repo", "repository", "implementation", "website", "site"),
        *("homepage", "project page", "docs", "documentation", "demo", "slides", "video"),
        *("github", "weights", "checkpoints", "download", "pdf", "link", "links", "url"),
        # what a note says of the work's parts and of the writer's view (`Tools: **BOB** …`,
        # `Bet: …`, `Head-to-head in FreeBSD: …`)
        *("tools", "tool", "bet", "the bet", "head-to-head", "comparison", "numbers", "eval"),
        *("evaluation", "setup", "method", "mechanism", "design", "goal", "insight", "key"),
        *("contribution", "contributions", "limitation", "limitations", "motivation"),
        *("taxonomy",),  # `Taxonomy: two-way vs three-way, …`: how a survey sorts its field
        # `Together: the Gibbard–Satterthwaite theorem` (r117 syllabus, under two papers, "What
        # is **Together**?"): how the sentence joins what came before, never a name
        *("together", "combined", "jointly", "overall", "altogether", "both", "collectively"),
        # (once hidden by a pattern that read `P…:` as a page: `Punchline: …`, `Priority: …`)
        *("punchline", "priority", "pros", "cons", "prerequisites", "prereqs", "performance"),
        # `Argument: modeling audio itself > modeling tags` (r96 awesome, asked as a work
        # named "Argument")
        *("argument", "thesis", "point", "the point", "main point", "message", "defaults"),
        *("takeaways", "lessons", "key takeaways"),  # `Takeaways: BC-RNN is …` (r96 table)
        # `Observation: a DNN inference is …` (r97 syllabus, asked as a paper "Observation")
        *("observation", "key observation", "observations"),
        # `Hybrid: FLAME mesh + MLP-predicted vertex offsets …` (r100 awesome, asked as a
        # paper named "Hybrid"): what kind of method it is
        *("hybrid", "two-stage", "end-to-end", "training", "inference"),
        # `Theory: under some assumptions on the gaps between keys, …` (r127 awesome, asked as
        # a paper named "Theory"): what kind of paper it is
        *("theory", "analysis", "empirical", "experiments", "proof", "position", "survey"),
        *("critique", "overview", "practice"),
    }
)


#: a glossary's definition may open with a verb a reading instruction also opens with
#: (`TD learning: Learn value estimates by bootstrapping …`)
GLOSSARY_DOING = re.compile(
    # (never `Go back and read Schlag et al. … first` (r167 table, DeltaNet's gist): advice)
    r"^(?!go\s+back\s+(?:and|to)\s+(?:re-?)?read\b)"
    r"(?:learn|compare|choose|pick|start|try|go|ignore|skip)\s+\w+\s+\w+",
    re.IGNORECASE,
)
#: `⭐ RAG, …`, `👉 …`: the list's markers before a claim (not math: `⌊n/3⌋ guards …`,
#: nor a relation: `≠ Paxos: …`, `<1M params`, `~2× faster`, `≈ 3 B tokens`)
LEADING_SYMBOLS = re.compile(r"^[^\w\"'“‘(\[$+\-⌊⌈√∑∏∫∂∇∀∃¬|‖<>=≠≈≃≅≤≥≪≫~±×÷≡∝∈∉⊂⊆∞]+\s*")
#: `Two answers to "…?": replaces the wide part …`: what follows a lead-in says what it does
DOES_AFTER_LEAD = re.compile(r"^[a-z]+(?:-[a-z]+)?(?:ies|es|s)\s")
_PERSON_NAME = r"(?:[A-Z][a-z]+\.?\s+){1,2}[A-Z][a-z]+"
#: `Adi Shamir, two pages!`: who, then a remark on it
SIGNED = re.compile(rf"^{_PERSON_NAME}(?:\s*(?:,|&|\band\b)\s*{_PERSON_NAME})*,\s")
#: a date in a bracket after a journal: `Jan 2025`, `bioRxiv June 2024`, `online 3 May 2021`
_WHEN = (
    r"(?:bioRxiv|medRxiv|arXiv|preprint|online|published|accepted|in press)?\s*"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d"
)
#: the writer's word on where an idea began: `The actual origin of the idea` (r129 awesome,
#: Model Compression's gist, alone or as the label before what the paper does)
ORIGIN_OF_THE_IDEA = r"(?:the\s+)?(?:actual|real|true)\s+origin\s+of\s+(?:the|this|that)\s+idea"
#: `MAPL 2019 (co-located with PLDI)`: where, not what
VENUE_NOTE = re.compile(
    r"^[A-Z][A-Za-z]*[A-Z][\w-]*\s+'?(?:19|20)?\d\d\b(?!\s*[%×x])"
    # `ICFP 2018 (PACMPL 2)` (r130 syllabus, once the paper's name): a journal's volume
    r"|^[A-Z]{4,}\s+\d{1,3}$"
    # `Science Advances 4(3), eaaq0504` (r133 syllabus, a reverse card's whole clue): a
    # journal, its volume and issue, the article's number
    r"|^(?:[A-Z][\w&.-]*\s+){1,4}\d{1,4}\(\d{1,3}\),\s*e?[a-z]{0,5}\d{3,}\.?$"
    # `Nature Communications 4: 2486.` (r139 syllabus, once the paper's name, its year cut
    # out of `4 (2013): 2486`): a journal, its volume, the article's page or number
    # (or pages with a letter: `Nature 471: E1–E4` (r143 syllabus, again the paper's name))
    # (or an article's long number: `PNAS 120(30): e2305016120` (r148 syllabus, "What is
    # **PNAS 120(30)**?"))
    r"|^(?:[A-Z][\w&.-]*\s+){1,4}\d{1,4}(?:\(\d{1,3}\))?:\s*[A-Za-z]?\d{1,12}"
    r"(?:[-–][A-Za-z]?\d{1,6})?\.?$"
    # `Behavioral and Brain Sciences 39, 2016: e229` (r164 syllabus, a reverse card's whole
    # clue): a journal, its volume, its year, the article's page or number
    r"|^[A-Z][\w&.-]*\s+(?:(?:of|and|the|in|&|[A-Z][\w&.-]*)\s+){0,6}\d{1,4}(?:\(\d{1,3}\))?,\s*"
    r"(?:19|20)\d\d(?::\s*[A-Za-z]?\d{1,12}(?:[-–][A-Za-z]?\d{1,6})?)?\.?$"
    # `arXiv 2021, later IEEE/ACM TASLP`: a preprint's year, then where it went
    r"|^(?i:arxiv|preprint|biorxiv|medrxiv|openreview)\s+'?(?:19|20)\d\d\b"
    # `SIGSOFT/SIGPLAN symposium on Practical Software Development Environments, 1984`
    r"|^(?:[A-Z][\w/&-]*\s+)*(?i:symposium|conference|workshop|proceedings)\b[^.;]{0,90}?,?\s+"
    r"(?:19|20)\d\d\.?$"
    # `MSR-TR-2019-18, also APLAS 2019`: a report's number
    r"|^[A-Z]{2,}-TR-\d"
    # `INRIA tech report RR-7506, Jan 2011` (r74 notes): whose report, and its number
    r"|^(?:[A-Z][\w&-]*\s+){1,3}(?i:tech(?:nical)?\s+report|research\s+report)\s+[A-Z]*-?\d"
    # `Encyclopedia of Big Data Technologies entry, 2018` (r74 notes): where it appeared
    r"|^(?:[A-Z][\w&-]*\s+)(?:(?:of|the|and|[A-Z][\w&-]*)\s+){0,6}(?i:entry|chapter),?\s+"
    r"(?:19|20)\d\d\b"
    # `npj Clim Atmos Sci 2023`: a journal's abbreviated words, and a year
    r"|^(?:npj\s+)?(?:[A-Z][a-z]{0,5}\.?\s+){2,5}(?:19|20)\d\d$"
    # `CIA 2006 (LNCS 4149)` (r117 syllabus, "the **LNCS 4149** paper"): a proceedings
    # series and its volume
    r"|^(?:LNCS|LNAI|LNBI|CCIS|LIPIcs|PMLR|CEUR(?:-WS)?|EPTCS|AISC)\s*(?:vol\.?\s*|Vol-)?\d+\b"
    # `Datasets & Benchmarks (outstanding paper)`: a track
    r"|^(?:NeurIPS\s+)?Datasets\s*(?:&|and)\s*Benchmarks\b"
    # `MIT PhD thesis, 1999`, `;login: magazine, Oct 2015`: where it appeared, and when
    r"|^\W*(?:[A-Z][\w&.-]*\s+)?(?:PhD|Ph\.D\.|doctoral|DPhil|MSc|master['’]s)\s+"
    r"(?:thesis|dissertation),?\s+(?:19|20)\d\d\b"
    r"|^\W*[\w;:]+\s+(?:magazine|newsletter|column),?\s+(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\b"
    # `Acta Informatica 1(3), 1972 (tech report 1970, Boeing)`: a journal, volume, year
    r"|^(?:[A-Za-z][\w.&-]*\s+){1,5}\d{1,3}\s*\(\d{1,2}\)(?:\s*:\s*[\d–-]+)?,?\s+(?:19|20)\d\d\b"
    # `Behavioral and Brain Sciences, 43, e1` (r87 syllabus, graded useless as a gist): a
    # journal, its volume, and its pages or its article's number
    r"|^(?:[A-Z][\w.&-]*\s+)(?:(?:of|the|and|in|on|for|&|[A-Z][\w.&-]*)\s+){0,6}?[A-Z][\w.&-]*,\s+"
    r"\d{1,4}(?:\s*\(\d{1,4}\))?,\s+(?:e\d+|\d+\s*[–-]\s*\d+)\.?$"
    # `Advances in Neural Information Processing Systems 11`: proceedings and their volume
    r"|^Advances\s+in\s+Neural\s+Information\s+Processing\s+Systems\s+\d{1,2}\b"
    # `Nature Biotechnology 29:987–991`, `Systematic Zoology 20(4):406–416`: volume and pages
    r"|^(?:[A-Z][\w.&/-]*\s+){1,5}\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*\d+\s*[–-]\s*\d+"
    # `ACM Computing Surveys, 25(2), 73–169`: APA's journal, volume (issue), pages
    r"|^(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*,\s*\d{1,4}\s*\(\d{1,3}\),\s*\d+\s*[–-]\s*\d+"
    # `Science (Jan 2025; bioRxiv June 2024)`: a journal, then only when (and the preprint)
    rf"|^(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*\s*\((?:\s*{_WHEN}\s*[;,]?)+\)\s*\.?$"
    # `fail0verflow, talk at 27C3 (Dec 2010), recordings` (r115 syllabus, asked as the
    # talk's gist): who gave it, where, and its links
    r"|^[\w.&-]+(?:\s+[\w.&-]+){0,2},\s+(?i:talk|keynote|presentation|lecture|tutorial)\s+"
    r"(?i:at|from)\s+\S+"
)
#: `Aidan Clark, Diego de las Casas, et al.`: a byline the citation reader did not take
BYLINE_LEFT = re.compile(
    r"^[A-Z][^.;:]{0,80}\bet al[.\s]*$"
    # `Google Cloud blog 2021, Hildebrand & Serenyi`: where and when, then who
    r"|^[^.;:]{0,50}\b(?:19|20)\d\d,\s+[A-Z][\w'’-]+(?:\s*(?:&|and)\s+[A-Z][\w'’-]+)?[.\s]*$"
    # `Andrew Robert Williams and a big Mila / ServiceNow / Morgan Stanley crew, with Irina
    # Rish as senior author, 2023` (r127 blog, asked as Lag-Llama's clue): the rest of them
    r"|^[A-Z][^.;:]{0,120}\b(?:crew|team|colleagues|collaborators|co-?authors|friends|others|"
    r"(?:senior|last|first)\s+author)\b[^.;:]{0,60}?,\s*(?:19|20)\d\d[.\s]*$"
    # `Per Martin-Löf, notes by Giovanni Sambin` (r127 syllabus, a cloze on the note-taker)
    r"|^[A-Z][\w.'’ -]{2,40},\s+(?:lecture\s+)?(?:notes|edited|translated|transcribed|compiled)"
    r"\s+by\s+[A-Z][^.;:]{2,40}[.\s]*$"
)


#: `origin of the InfoNCE name. only really read the image section`: a note's sentences
#: may open in lower case, after a word, a bracket or a name (`… (in steady state).
#: mind-blowing …`, `w/ T5. eval setup has issues`;
#: not after an abbreviation, a symbol or a figure)
#: (never after an abbreviation the sentence splitter knows: `reaction data incl.
#: conditions, yields and …`, r94 table)
_LOWER_END = re.compile(
    r"(?:(?<=[a-z]{3})"
    + "".join(
        rf"(?<!\b{word})" for word in sorted(ABBREVIATIONS) if word.isalpha() and len(word) >= 3
    )
    + r"|(?<=[A-Za-z]\))|(?<=[A-Z]\d))\.\s+(?=[a-z]{2,}\b)"
)


def _is_remark(text: str) -> bool:
    return bool(opinion_in(text) or INSTRUCTION.match(text) or is_verdict(text))


#: a short verdict on the reading's parts: `the math is nice`, `writing is a bit dense`
_VERDICT_CLAUSE = re.compile(
    r"(?:the\s+)?(?:math|maths|writing|exposition|prose|code|figures|plots|proofs?|paper|"
    r"appendix|intro)\s+(?:is|are)\s+(?:(?:very|really|a bit|quite|so)\s+)?(?:nice|lovely|"
    r"beautiful|clean|elegant|gorgeous|great|dense|heavy|rough|hard|tough|fun|readable)",
    re.IGNORECASE,
)


def _partition_outside_brackets(text: str, sep: str) -> tuple[str, str, str]:
    """`str.partition` at the first `sep` outside brackets (`a scheme (commit now, open
    later; you can't have both)` has none)."""
    depth = 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and text.startswith(sep, at):
            return text[:at], sep, text[at + len(sep) :]
    return text, "", ""


def without_remarks(text: str) -> str:
    """A note's text without the sentences in lower case that remark on the reading
    (`origin of the InfoNCE name. only really read the image section …` → `origin of the
    InfoNCE name`, `the conference version of the above, shorter. defines SEC formally.` →
    `defines SEC formally.`); "" when it is only remarks (`dense. read w/ a coffee.`). An
    aside after a semicolon goes too."""
    said, comma, aside = text.rpartition(", ")
    if comma and len(aside.split()) <= 6 and _VERDICT_CLAUSE.fullmatch(aside.strip(" .!")):
        # `diffusion on SE(3)^N frames, the math is nice`: the fact, then a verdict on it
        text = said
    said, semicolon, aside = _partition_outside_brackets(text, "; ")
    if semicolon and opinion_in(aside) and not opinion_in(said):
        # `Adds a proximal term to the local objective; honestly in our experiments µ≈0
        # was often best, ymmv`: the fact, then the writer's aside
        text = said
    pieces = _LOWER_END.split(text)
    if len(pieces) < 2:
        return text
    if _is_remark(pieces[0]):
        # (what follows says what the work does, by its verb: `defines SEC formally`; never
        # a bracket's inside, cut: `… max 10 pages excl. refs), peer review assigned`)
        kept = [p for p in pieces[1:] if not _is_remark(p) and DOES_AFTER_LEAD.match(p)]
        if not kept or any(p.count("(") != p.count(")") for p in pieces):
            return ""
        return ". ".join(kept)
    return ". ".join(piece for piece in pieces if not _is_remark(piece))


#: the writer's voice inside a clause the other patterns let through: a judgement (`It's a
#: bit dated on LLMs`, `five years ahead of its time`, `great tables`), an aside to the
#: reader (`yes`, `note that`, `what got everyone's attention`), a word on the list's own
#: scope (`Multi-vector, so not a "single embedding" model`)
VOICE_WORD = re.compile(
    # (`a bit` in lower case: `from a BiT teacher` (r179 table) names Big Transfer)
    r"\b(?:dated|outdated|overrated|underrated|quaint|(?-i:a bit)|so not|strictly|"
    r"ahead of its time|great|yes|note that|(?:everyone|people)['’]s attention)\b",
    re.IGNORECASE,
)
