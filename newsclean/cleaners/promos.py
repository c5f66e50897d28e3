"""promos: drops subscription, newsletter, notification, app and paywall prompts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..document import Decision, Document
from ..hints import HintWords

PROMO = re.compile(
    r"\b(?:sign up (?:for|to)|subscribe (?:to|now|today|for)|never miss a (?:story|thing)|premium content|"
    r"full access|devices? at once|free trial|already a (?:subscriber|member)|create (?:an|your|a free) account|"
    r"download (?:our|the) app|get the app|(?:log|sign) in to (?:read|continue|comment)|"
    r"support (?:our|independent) journalism|become a (?:free or paid |paid )?(?:member|subscriber|patron)|"
    r"becoming a (?:free or )?paid (?:member|subscriber)|"
    r"reader-supported publication|by signing up,? you agree|thanks for signing up|"
    r"follow (?:us|me|[\w'’.@ ]{1,40}) on (?:facebook|twitter|instagram|linkedin|x\b)|like us on facebook|"
    r"join (?:us|our community) on|"
    r"abonnieren|abonnez|inscrivez|suscríbete|suscribirse|iscriviti|abbonati|assine|"
    r"zapisz się|subskrybuj|подпишитесь|підпишіться|訂閱|订阅|購読|구독|会員限定|有料会員|続きをお読み|"
    r"vollen? zugriff|accès illimité|acceso ilimitado|accesso illimitato|acesso ilimitado|fuld adgang|"
    r"full tillgång|onbeperkte? toegang)"
)

"""Matched against the case-folded line."""
# A shopping disclosure or an appeal for support stands anywhere, often between the headline and the first
# paragraph: it goes, but it is no section break for main_block the way a sign-up box is.
ASIDE = re.compile(
    r"\b(?:we|[\w.&]+) (?:may|might) (?:earn|receive|get) (?:an? )?(?:small )?(?:share of (?:the )?)?"
    r"(?:affiliate )?(?:commission|compensation)|supported by (?:its|our) (?:audience|readers)|"
    r"pricing and availability (?:are )?subject to change|"
    r"click here to support|please support us|^(?:donate to|support us)\b|"
    r"\b(?:contains?|may contain|uses?) affiliate links\b"
)
# The consent under a sign-up form ("By signing up, you agree to our Terms", "By clicking Subscribe you confirm
# you are 16+ ..."), however long its small print runs.
SIGN_UP_SMALL_PRINT = re.compile(
    r"^by (?:signing up|subscribing|clicking|tapping|submitting|registering|entering|providing|creating|joining)\b"
    r"[^.!?]{0,120}?\byou(?: also)? (?:agree|confirm|consent|accept|acknowledge)"
)
SMALL_PRINT_HINT = re.compile(r"\byou(?: also)? (?:agree|confirm|consent|accept|acknowledge)")
"""What the small print holds: lines without it are not read for it."""
# The messages a sign-up form shows once sent.
FORM_MESSAGE = re.compile(r"\byour submission has been received|\bsomething went wrong while submitting\b")
# A survey's or quiz's thanks, which stands where the form stood, often between the article's paragraphs: it goes,
# but it is no section break.
THANKS_MESSAGE = re.compile(r"\bthank(?:s| you) for (?:completing|submitting|taking) (?:the|our|this) "
                            r"(?:survey|form|quiz|poll)\b")
# Nouns that are promos on a button or label, or in a sentence that speaks to the reader ("Get our newsletter."),
# not in news ("Netflix raised its subscription price.")
PROMO_NOUNS = re.compile(
    r"\b(?:subscribers? only|subscriptions?|newsletters?|notifications?|unlimited (?:access|articles)|donate)\b"
)
PROMO_VOICE = re.compile(r"^(?:join|get|sign|subscribe|try|download|follow|receive|want)\b|\b(?:our|your|you)\b")
# What every promo holds: lines without any of it are not read.
HINTS = HintWords(
    ["sign up", "subscri", "newsletter", "never miss", "notification", "premium", "full access", "unlimited",
     "device", "free trial", "already a", "create", "download", "get the app", "log in", "sign in", "support",
     "follow", "your submission", "while submitting", "for completing", "for submitting", "for taking the",
     "for taking our", "for taking this",
     "become a", "becoming a", "signing up", "donate", "commission", "compensation", "subject to change",
     "affiliate links",
     "follow us", "like us", "join", "abonn", "inscri", "suscr", "iscriv", "abbonat", "assine",
     "zapisz", "subskryb", "подпиш", "підпиш", "訂閱", "订阅", "購読", "구독", "会員限定", "有料会員", "続きをお読み",
     "zugriff", "illimit", "adgang", "tillgång", "onbeperkt"]
)


@dataclass(frozen=True)
class PromosSettings:
    max_words: int = 30
    """Promos are short: a longer line that mentions a newsletter is left to the other cleaners..."""
    max_small_print_words: int = 70
    """...but the small print under a sign-up form runs this long."""


class Promos:
    name = "promos"

    def __init__(self, settings: PromosSettings = PromosSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> Iterator[Decision]:
        s = self.settings
        small_print = set()
        for i in doc.lines_matching(SMALL_PRINT_HINT, folded=True, max_words=s.max_small_print_words):
            if doc.words(i) <= s.max_small_print_words and \
                    (m := SIGN_UP_SMALL_PRINT.search(doc.stats(i).folded)) is not None:
                small_print.add(i)
                doc.section_breaks.add(i)
                yield Decision(i, "drop", f"sign-up form's small print ({m.group(0)!r})")
        for i in doc.lines_holding(HINTS, max_words=s.max_words):
            stats = doc.stats(i)
            if stats.words > s.max_words or i in small_print:
                continue
            folded = stats.folded
            m = PROMO.search(folded)
            if m is None:
                m = FORM_MESSAGE.search(folded)
            if m is None and (not stats.ends_sentence or PROMO_VOICE.search(folded)):
                m = PROMO_NOUNS.search(folded)
            if m:
                doc.section_breaks.add(i)
                yield Decision(i, "drop", f"subscription or sign-up prompt ({m.group(0)!r})")
            elif (m := ASIDE.search(folded)) is not None:
                yield Decision(i, "drop", f"shopping disclosure or appeal ({m.group(0)!r})")
            elif (m := THANKS_MESSAGE.search(folded)) is not None:
                yield Decision(i, "drop", f"a form's thanks ({m.group(0)!r})")
