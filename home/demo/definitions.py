"""The two definitions of child sexual exploitation, quoted word for word from the
Pan-Cheshire strategy (shared/seeds/002_648f59553cd26925.txt).

Never reword them. The line breaks follow the strategy's layout only where it
matters: the (a) and (b) conditions sit on lines of their own. The tests compare
these constants with the strategy text, ignoring line wrapping only.
"""

STATUTORY_DEFINITION_TITLE = "The definition in statutory guidance"
STATUTORY_DEFINITION = (
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an "
    "individual or group takes advantage of an imbalance of power to coerce, manipulate "
    "or deceive a child or young person under the age of 18 into sexual activity\n"
    "(a) in exchange for something the victim needs or wants, and/or\n"
    "(b) for the financial advantage or increased status of the perpetrator or facilitator.\n"
    "The victim may have been sexually exploited even if the sexual activity appears "
    "consensual. Child sexual exploitation does not always involve physical contact; it "
    "can also occur through the use of technology."
)
# The strategy credits "The Department of Education"; the department's name is the
# Department for Education.
STATUTORY_DEFINITION_ATTRIBUTION = "Department for Education (statutory guidance), February 2017"

YOUNG_PEOPLES_DEFINITION_TITLE = "Child sexual exploitation: what young people say it is"
# The apostrophes are the strategy's own curly ones (’, U+2019), kept as they are.
YOUNG_PEOPLES_DEFINITION = (
    "Someone taking advantage of you sexually, for their own benefit. Through threats, "
    "bribes, violence, humiliation, or by telling you that they love you, they will have "
    "the power to get you to do sexual things for their own, or other people’s benefit "
    "or enjoyment (including: touching or kissing private parts, sex, taking sexual "
    "photos). You find out, it isn’t OK and they were just pretending to care about you "
    "just so they could use you. And you’re just a kid and they are abusing you and "
    "they shouldn’t. It’s against the law, if you’re under 18. Giving you phone "
    "credit, or gifts or making you feel great, it isn’t enough, it’s just abuse and "
    "they are hurting you."
)
YOUNG_PEOPLES_DEFINITION_ATTRIBUTION = "Written by young people in Cheshire"
