"""The screen a page feedback comment passes through before anyone sees it.

A child may type a disclosure anywhere, "Was this page helpful?" included, and editors
are not the people who should read it. So every comment is screened on arrival: one
that looks like a disclosure, or holds personal details (a name, a school, a phone
number, an email, a home address or postcode), or matches a word on the editable list
(Settings › Feedback screening) is never stored with the feedback: it goes to the
Pan-Cheshire triage team as a concern (measures.feedback.pass_on_comment).

The screen is built to over-catch: when unsure, it flags, because a comment sent to
triage by mistake costs a handler a minute, and a disclosure shown to an editor (or
lost) costs far more. Its catch rate and false alarms are measured on a labelled set
of made-up comments in tests/measures/data/feedback_comments.yaml.

It reads words, so it misses what words cannot show; it is a safety net under the
page's own advice ("Don't tell us here: tell Childline or report it"), never a reason
to drop that advice.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# --- Personal details ------------------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Nine or more digits, however spaced: a UK phone number (Childline's 0800 1111 is eight).
PHONE = re.compile(r"(?:\+?\d[\s().-]*){9,}")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
STREET_WORDS = (
    "road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|grove|place|court|"
    "gardens|terrace|walk|mews|row"
)
ADDRESS = re.compile(
    rf"\b(?:\d+[a-z]?\s+(?:[a-z]+\s+){{1,2}}(?:{STREET_WORDS})\b|(?:flat|house)\s+(?:no\.?\s*)?\d+)",
    re.IGNORECASE,
)
# "My name is ...", "I'm called ...", "I'm Tom", "Mrs Patel" (titles and names by case).
NAME = re.compile(
    r"(?i:\bmy\s+names?\s+is\b|\bmy\s+names\b|\bi\s*'?\s*a?m\s+called\b|\bcall\s+me\b)"
    r"|\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][a-z]+"
    r"|\b(?:I\s*'?m|I\s+am|[Tt]his\s+is)\s+[A-Z][a-z]+"
)
# A school by name ("Oakfield Primary", "St Marys High School", "Fern Lee Academy"), or
# the year group a child is in.
SCHOOL = re.compile(
    r"\b(?:[A-Z][\w']+\s+){1,3}(?:Primary|Academy|High|College|School|Juniors|Infants)\b"
    r"|\b(?:i\s*a?m|im)\s+in\s+(?:year|yr)\s*\d{1,2}\b",
)

# fmt: off
# --- Disclosure words -----------------------------------------------------------------
# Written in a child's words, with common misspellings. Any one of these flags a comment.
# Matched on the lower-cased text without apostrophes ("don't" -> "dont").

STRONG_WORDS = {
    # What someone did to someone
    "touched", "touches", "touching", "tuched", "tuches", "tutched", "toched", "touchd",
    "groped", "grope", "molested", "molest", "raped", "rape", "raping", "rapist",
    "abused", "abusing", "abuser", "abusive", "abussed", "groomed", "groomer",
    "exploited", "exploiting", "assaulted", "assault", "forced", "forces", "forcing",
    "blackmailed", "blackmail", "blackmailing", "blackmails", "sextortion", "threatened",
    "threatens", "threatening", "leaked", "nudes", "nude", "naked", "porn", "privates",
    "kissed", "hurts", "hurt", "hit", "hits", "hitting", "beats", "beat", "kicks",
    "kicked", "slapped", "punched", "trafficked", "pimp", "pimped", "owe",
    # How they feel
    "scared", "scares", "scard", "skared", "scaired", "frightened", "frightend",
    "frighten", "afraid", "terrified", "unsafe", "suicide", "suicidal", "sleepover",
}
# The site's own subjects: people write about them in ordinary feedback ("useful page
# on grooming"), so they flag only with a sign the comment is about someone: "me",
# "my son", "is being", or a person such as "uncle" or "older man".
TOPIC_WORDS = {
    "touch", "abuse", "groom", "grooming", "exploitation", "exploit", "sexting", "sex",
    "sexual", "cse", "trafficking", "secret", "secrets", "secrit", "secrect", "sekret",
    "debt", "drugs", "vape", "vapes", "drunk", "drink", "weed", "alcohol", "missing",
}
TOPIC_PHRASES = [r"county lines", r"child sexual", r"online safety"]
# Phrases: any one flags. Written without apostrophes.
STRONG_PHRASES = [
    r"help me", r"need help", r"please help", r"want to die", r"wanna die", r"kill myself",
    r"end it all", r"self harm\w*", r"cut myself", r"hurt myself",
    r"(?:dont|do not|cant|not) (?:feel )?safe", r"not to tell", r"dont tell", r"cant tell",
    r"never told", r"(?:not|never) allowed to tell", r"our secret",
    r"(?:happen\w*|done|did) (?:this |that |it |things |stuff )?to me",
    r"(?:do|did|does|doing) (?:things|stuff|something)",
    # "made me do it", but not "made me feel more confident" or "made me think".
    r"(?:makes?|made|making) me(?! (?:feel )?(?:more|better|less|confident|reassured|"
    r"think|realise|realize|understand|laugh|smile|want to (?:learn|read|know)))",
    r"(?:photos?|pics?|pictures?|videos?) (?:of|from) me", r"asking me for", r"asks? me for",
    r"send (?:him |her |them )?(?:pics|pictures|photos|nudes)", r"no clothes",
    r"private parts", r"down there", r"what im wearing", r"my room at night",
    r"comes? in(?:to)? my room", r"get in (?:his|their|a) car", r"in cars",
    r"(?:meet|meeting) (?:me|up)", r"(?:to|and) meet",
    r"stay(?:ed|s)? over", r"older (?:men|man|lads|guys?|boys?|boyfriend|girls?)",
    r"messag\w* me", r"sends? me", r"sent me", r"gives? (?:me|us|the girls|the boys)",
    r"gave me", r"picks? (?:me|her|him) up", r"picked up by", r"changing rooms?",
    r"goes missing", r"went missing", r"carry stuff", r"sell drugs",
    r"i get hit", r"hurts? me", r"scares? me", r"with (?:older|a man|men)",
    r"(?:im|i am|hes|he is|shes|she is|they are|theyre) (?:like |only )?\d{1,2}\b",
    r"is \d{1,2} and (?:im|i am)",
    r"(?:kids|children|girls|boys|young people|teenagers) (?:go|going|goes|come|coming) "
    r"in(?:to)? and out", r"all night", r"late at night", r"missing for",
]
# Signs that a comment tells of someone, not of the page: a third person, a person
# other than the writer, or "me"/"us" outside the few ways feedback uses them ("it
# helped me understand", "too long for me"). Any one flags: when unsure, triage.
PRONOUNS = {
    "he", "she", "him", "his", "her", "hers", "they", "them", "their", "theyre", "hes",
    "shes", "himself", "herself", "themselves",
}
PEOPLE = {
    "man", "men", "boy", "boys", "girl", "girls", "lad", "lads", "guy", "guys", "bloke",
    "someone", "somebody", "sumone", "stranger", "uncle", "aunt", "auntie", "stepdad",
    "stepmum", "stepbrother", "stepsister", "cousin", "coach", "teacher", "neighbour",
    "neighbor", "boyfriend", "bf", "girlfriend", "gf", "brother", "sister", "dad", "mum",
    "mam", "grandad", "nan", "babysitter", "adult", "adults",
}
PEOPLE_PHRASES = [r"step (?:dad|mum|brother|sister)", r"mums (?:boyfriend|partner)",
                  r"dads (?:friend|freind|mate|girlfriend|partner)"]
ME = re.compile(r"\b(?:me|us|myself)\b")
FEEDBACK_ME = re.compile(
    r"\b(?:helped|helps|help|made|makes|make|let|lets|showed|shows|show|taught|teaches|"
    r"reminded|reminds|gave|gives|told|tells|tell) (?:me|us) (?:to )?(?:understand|feel|think|"
    r"know|realise|realize|learn|see|more|how|what|where|when|why|that|about|some|ideas?|"
    r"confidence)\b|\b(?:for|to) (?:me|us)\b(?! (?:to|and))|\blet us know\b"
)
# Something going on, or said the way people tell of it. Any one flags.
EVENTS = [
    r"again", r"any ?more", r"last (?:night|week|year|time)", r"yesterday", r"tonight",
    r"going on", r"for (?:months|weeks|years|ages|days)", r"every (?:day|night|week)",
    r"keeps?", r"kept", r"trouble", r"bruises?", r"make it stop", r"stop it",
    r"who to (?:talk|tell|speak)", r"not allowed", r"made to", r"(?:dont|do not) want to",
    r"cant stop", r"have to (?:do|go|deliver|carry|say)", r"had to", r"bad (?:stuff|things)",
    r"weird", r"wierd", r"uncomfortable", r"creepy", r"free (?:stuff|rides?|things|food|drinks?)",
    r"care home", r"(?<!third )part(?:y|ies)", r"flat", r"houses?", r"cars?", r"happened",
    r"happend", r"happned",
]
FIRST_PERSON = {"me", "im", "myself", "mine"}
ABOUT_A_CHILD = {"daughter", "son", "sister", "brother", "friend", "freind", "mate", "kids"}
# Short everyday words near a strong word that must never count as one by misspelling.
NOT_MISSPELLINGS = {"shared", "sharing", "scored", "secretary", "touchscreen", "heard"}

# fmt: on


@dataclass(frozen=True)
class Screened:
    """The screen's verdict: ``flagged`` and which checks matched (never the text)."""

    flagged: bool
    reasons: tuple = ()


SPOKEN = {"wanna": "want to", "gonna": "going to", "gotta": "got to", "u": "you", "r": "are"}


def normalise(text):
    """Lower case, no accents or apostrophes, repeated letters cut to two, one space,
    spoken forms written out ("wanna" -> "want to")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "").replace("'", "").replace("`", "")
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)
    return " ".join(SPOKEN.get(word, word) for word in re.findall(r"[a-z0-9]+", text))


def _distance(a, b):
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


@lru_cache(maxsize=4096)
def _misspelt_strong_word(token):
    """A long word one slip away from a strong word ("frightend", "blackmale")."""
    if len(token) < 6 or token in NOT_MISSPELLINGS:
        return False
    for word in STRONG_WORDS:
        if len(word) >= 7 and abs(len(word) - len(token)) <= 1 and _distance(word, token) <= 1:
            return True
    return False


def _phrase(patterns):
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b")


STRONG_PHRASE = _phrase(STRONG_PHRASES)
PEOPLE_PHRASE = _phrase(PEOPLE_PHRASES)
TOPIC_PHRASE = _phrase(TOPIC_PHRASES)
EVENT = _phrase(EVENTS)


def _listed(words_text):
    """The editable list, one word or phrase a line, as one pattern (or None)."""
    phrases = [normalise(line) for line in (words_text or "").splitlines()]
    phrases = [re.escape(phrase) for phrase in phrases if phrase]
    return _phrase(phrases) if phrases else None


def screen(text, listed_words=""):
    """Screen one comment. ``listed_words`` is the editable list's text."""
    if not text or not text.strip():
        return Screened(False)
    reasons = []
    checks = {
        "email": EMAIL,
        "phone": PHONE,
        "postcode": POSTCODE,
        "address": ADDRESS,
        "name": NAME,
        "school": SCHOOL,
    }
    for reason, pattern in checks.items():
        if pattern.search(text):
            reasons.append(reason)
    plain = normalise(text)
    words = set(plain.split())
    # "uncles", "sisters", "mums": plurals and possessives lose their apostrophe.
    stems = words | {word[:-1] for word in words if word.endswith("s")}
    people = bool(stems & PEOPLE) or bool(PEOPLE_PHRASE.search(plain))
    me = bool(ME.search(FEEDBACK_ME.sub(" ", plain)))
    about_someone = bool(words & FIRST_PERSON) or bool("my" in words and words & ABOUT_A_CHILD)
    if words & STRONG_WORDS or STRONG_PHRASE.search(plain):
        reasons.append("disclosure")
    elif any(_misspelt_strong_word(token) for token in words):
        reasons.append("disclosure")
    elif (words & TOPIC_WORDS or TOPIC_PHRASE.search(plain)) and (
        about_someone or people or "being" in words
    ):
        reasons.append("disclosure")
    if words & PRONOUNS or people or me:
        reasons.append("person")
    if EVENT.search(plain):
        reasons.append("event")
    listed = _listed(listed_words)
    if listed is not None and listed.search(plain):
        reasons.append("listed word")
    return Screened(bool(reasons), tuple(reasons))
