"""Read by self-harm only: research on suicide and topic questions with no word for the speaker,
blanked out before the self-harm families read a message ("suicidal" still fires)."""

from safety.rules.shared import NOT_A_METHOD, NOT_ME

# Read by this category only.
SELF_HARM_IDIOMS: tuple[str, ...] = (
    # Research on suicide is not a disclosure ("suicidal" still is).
    r"\b(suicide|suicides) (risk|risks|rate|rates|statistics|stats|prevention|awareness|"
    r"research|figures|data|numbers)\b",
    r"\b(evidence|research|statistics|stats|data|studies|study|rates|rate|essay|figures|"
    r"leading cause|awareness|prevention|article|articles) (\S+ ){0,2}"
    r"(on|about|of|into|for|from) (\S+ ){0,2}(suicide|suicides)\b(?! (in|for) me)",
    r"(?<!at )(?<!at high )(?<!at real )\b(risk|risks|rates|rate) (\S+ ){0,2}of (\S+ ){0,2}"
    r"(suicide|suicides)\b",
    # A question about the topic with no word for the speaker in it ("is suicide common
    # after birth"); "suicidal" and anything with i / my / me still fire.
    r"^(is|are|what|whats|how|why|when|does|do|can|could|which|who|where)( " + NOT_ME
    + r"\S+){0,8}? (suicide|suicides|self harm|self harming|self injury)( " + NOT_ME
    + NOT_A_METHOD + r"\S+){0,10}$",
)
