"""Read by abuse only: questions about abuse, worry about a friend, and a baby's grip, bites,
kicks and headbutts, blanked out before the abuse families read a message."""

# Read by this category only.
ABUSE_IDIOMS: tuple[str, ...] = (
    r"\b(how do i know|how can i tell|how would i know|how to tell|how do you know) (if |"
    r"whether )?(im |i am |you are |youre |someone is )?(in )?(an )?abusive relationship\b",
    # Worry about a friend is not a disclosure.
    r"\b(friend|friends|sister|colleague|neighbour|cousin|mate|someone|somebody|a woman|a mum)"
    r"( who| that)? (\S+ ){0,4}(is being|being|was being|has been|might be being) (abused|hit|"
    r"beaten|hurt|controlled|threatened)\b",
    # Being able to ask what a word means, or whether something is a crime, is a question.
    r"^(what|whats|how|is|are|does|do|can|could|where|who|which|why) (\S+ ){0,6}(domestic "
    r"(abuse|violence)|coercive control|abuse)( \S+){0,3} (mean|means|count|counts|a crime|"
    r"illegal|defined|definition|helpline|hotline|number|line|charity|charities)\b",
    r"\b(what counts as|what is|whats|definition of|meaning of|signs of|types of|examples of) "
    r"(\S+ )?(domestic abuse|domestic violence|coercive control|abuse)\b"
    r"(?! (is|im|i am|in my))",

    # A friend's relationship, asked about, is not a disclosure.
    r"\b(friend|friends|colleague|neighbour|cousin|mate|someone|somebody|a woman|a mum)( \S+){0,3}"
    r" (is |s |was |might be |could be |may be )?in (a|an) (controlling|abusive|violent|coercive) "
    r"(relationship|marriage)\b",
    # "she grabbed my necklace and nearly choked me": a baby's grip on a necklace or scarf.
    r"\b(necklace|scarf|lanyard|hair|hood|strap|sling|lead|chain)( \S+){0,4} (nearly |almost )?"
    r"(choked|strangled|throttled) me\b",
    # A biting baby: "she bit me so hard i bled, how do i stop her biting".
    r"\b(she|he)( \S+){0,2} (bit|bites|biting) me\b(?=( \S+){0,10} (stop (her|him|them) biting|"
    r"teeth|teething|tooth|feed|feeding|latch|latching)\b)",
    # The baby's own kicks and headbutts during care: "she kicked me in the face during a
    # nappy change, she's a wild one", "strong lad headbutted me lol".
    r"\b(she|he|baby|the baby|lo|my baby|my son|my daughter|little one|lad|girl|boy)( \S+){0,2} "
    r"(kicked|kicks|kicking|headbutted|headbutts|punched|punches|hit|hits|slapped|slaps|bit|"
    r"bites|scratched|scratches|smacked|whacked|elbowed|poked|clawed|grabbed|pulled) (\S+ ){0,1}"
    r"me( \S+){0,5} (during|mid|while|whilst|at|in the middle of|when i was|as i was|doing|"
    r"changing) (a |the |his |her |my )?(\S+ )?(nappy|diaper|bum|bath|feed|feeding|change|"
    r"changing|bathtime|bath time|bedtime|dressing|cuddle|burp|burping|sleep)\b",
    r"\b(she|he|baby|the baby|lo|my baby|my son|my daughter|little one)( \S+){0,2} (kicked|kicks|"
    r"headbutted|headbutts|punched|punches|hit|hits|slapped|slaps|bit|bites|scratched|"
    r"scratches|smacked|whacked|elbowed|poked|clawed) (\S+ ){0,1}me\b(?=( \S+){0,10} (wild one|"
    r"little monkey|so strong|strong (lad|girl|boy|one)|ninja|tiny|little|cheeky|bless|lol|"
    r"(shes|hes|she is|he is) (fine|ok|okay)|"
    r"haha|ouch|ow)\b)",
)
