"""Checked before every category: messages that name the baby or a harm word but belong to
another category.

Covers voices commanding harm to the baby, or with something to say about it (psychosis); a
threat that hangs on what the parent does ("he'll kill me if i leave", "he'll take the baby"),
a partner's threat to harm himself if she leaves, a false accusation held over her, a partner
choking her, the baby used against her, flinching at a raised voice (abuse).
Borderline: a threat because the baby cries stays harm to the baby (hb_threat_to_baby); voices
about hurting oneself stay self-harm. The abuse reply still leads with the emergency number.
"""

from safety.result import Category
from safety.rules.family import Examples

# Checked before the categories: a threat that hangs on what the parent does ("he said he'd
# hurt the baby if i go to my mums") is coercive abuse, though it names the baby. The abuse
# reply leads with the emergency number ("if you or your baby are in danger") and the
# domestic abuse line; a threat because the baby cries stays harm_to_baby (hb_threat_to_baby).
RULES: list[tuple[Category, str, str]] = [
    # Voices commanding harm to the baby are psychosis (an emergency); to oneself, self-harm.
    (Category.PSYCHOSIS, "ps_command_voices",
     r"\b(voice|voices|god|the devil|satan|angels|someone|something|a man|a woman|my dead \S+)"
     r"( in my head)? (is |are |keeps |keep |kept )?(telling|tell|tells|told|ordering|orders|"
     r"commanding|commands|saying i (should|must|have to)) (me )?(to )?(hurt|harm|kill|drown|"
     r"smother|shake|hit|throw|stab|sacrifice|suffocate|get rid of|do things to|do something to) "
     r"(the baby|my baby|our baby|him|her|them|my son|my daughter|the kids|it)\b"),
    (Category.ABUSE, "ab_threat_if_i",
     r"\b(hell|he will|hed|he would|shell|she will|theyll|hes going to|shes going to|he is "
     r"going to|says hell|said hed|said he would|says he will|threatened to|threatens to) "
     r"(kill|hurt|harm|stab|beat|hit|strangle|batter|end|take|shake|smother|drown) "
     r"(me|us|the baby|my baby|our baby|the kids|him|her|them|my son|my daughter)"
     r"( away)? (\S+ ){0,6}(if|unless|when|the day) i (ever )?(leave|left|tell|told|report|call "
     r"the police|ring the police|go to the police|try to leave|break up|take the baby|take the "
     r"kids|go to my|go back to|go home to|see my|talk to anyone|tell anyone|cheat|cheated|go out|"
     r"see anyone|say no|refuse|argue|answer back|dont have sex|wont have sex|dont sleep with)\b"),
    # A threat of suicide that hangs on the parent leaving, or takes the baby too, is abuse.
    (Category.ABUSE, "ab_threat_own_life",
     r"\bif i (ever )?(leave|left|go|tell|break up|end it|take the baby|take the kids)\b( \S+){0,4}"
     r" (hell|he will|hed|he would|shell|she will|shed|theyll|hes going to|shes going to) "
     r"((kill|hurt|harm|end) (himself|herself|themselves)|end it|end it all|end his life|top "
     r"himself)\b"
     r"|\b(hell|he will|hed|he would|hes going to|he is going to|says hell|said hed) (kill|hurt|"
     r"harm|end) (himself|his life|it all)( \S+){0,2} (if|when) i (ever )?(leave|left|go|tell|"
     r"break up|take the baby|take the kids|see|visit)\b"
     r"|\b(kill|hurt|harm) (himself|herself) and (take|kill|hurt|harm) (me|us|the baby|my baby|"
     r"our baby|the kids|him|her|them)\b"),
    # Threatening to take the baby away reads as abuse before "never come back" reads as
    # the parent leaving.
    (Category.ABUSE, "ab_threat_take_baby",
     r"\b(threatened|threatens|threatening) (\S+ ){0,3}(take|taking) (the baby|my baby|our baby|"
     r"the kids|her|him|them|my son|my daughter)\b(?!( \S+){0,6} (cute|lol|haha|joking|jokingly|"
     r"adorable))"
     r"|\b(take|taking) (the baby|my baby|our baby|the kids|my son|my daughter) (\S+ ){0,4}and "
     r"never (come|bring (her|him|them)) back\b"),
    # "he'll tell them i hurt the baby": a false accusation as a threat is abuse.
    (Category.ABUSE, "ab_false_accusation",
     r"\b(hell|he will|hed|he would|shell|she will|theyll|hes going to|he is going to) (tell|say "
     r"to|convince|report to) (them|everyone|social services|the police|the court|people|the health"
     r" visitor) (that )?(i|im) (hurt|hurting|abuse|abused|harm|harmed|neglect|neglected|shook|"
     r"hit|mental|crazy|unfit)\b"
     r"|\b(hell|he will|hed|he would|shell|she will|theyll|hes going to|he is going to|says hell|"
     r"said hed) (say|claim|tell (them|everyone|people|the police|social services)) (that )?i "
     r"(hurt|hit|shook|abused|harmed|neglected|neglect|hurt)\b"),
    # "if anyone else touches her she will die": a magical belief, not a wish to die.
    (Category.PSYCHOSIS, "ps_touch_and_die",
     r"\bif (anyone|someone|anybody|they) (else )?(touches|holds|looks at|picks up|touch|hold) "
     r"(her|him|the baby|my baby) (she|he|they|the baby) (will|ll|is going to|would) (die|be "
     r"cursed|be taken|be harmed|turn)\b"),
    # An adult choking the parent, and punishment by a partner, are abuse though "choking" and
    # "punishment" also name a baby emergency and a harm to the baby.
    (Category.ABUSE, "ab_choked_by_partner",
     r"\b(partner|husband|boyfriend|fiance|my ex|ex)( \S+){0,3} (choking|chokes|choked|"
     r"strangling|strangles|strangled|throttling|throttled) me\b"
     r"|\bhe (\S+ ){0,2}(choking|chokes|choked|strangling|strangles|strangled) me (during|in|when|"
     r"while) (sex|bed|we)\b"
     r"|\b(he|partner|husband|boyfriend|fiance|my ex)( \S+){0,2} (makes|made|forces|forced) me "
     r"(\S+ ){0,6}(as (a )?punishment|to punish me)\b"),
    # A partner's threat to kill us and then himself, his holding her head under water, and
    # his telling her the baby would be better off without her are abuse, though the words
    # also name harm to the baby or self-harm.
    (Category.ABUSE, "ab_partner_murder_threat_and_taunts",
     r"\b(hell|he will|hed|he would|hes going to|says hell|said hed|threatens to|threatened to)"
     r" (kill|hurt) (us|us both|me and the baby|the baby and me|all of us|us all|me)( \S+){0,3}"
     r" (and )?(then )?(himself|kill himself)\b"
     r"|\b(he|partner|husband|boyfriend|my ex)( \S+){0,3} (pushed|held|forced|shoved|holds|"
     r"pushes) my (head|face) (under|into) (the )?(bath ?water|water|bath|sink|pillow|toilet)\b"
     r"|\b(he|partner|husband|boyfriend|my ex|his mum)( \S+){0,2} (tells|told|says|said|keeps "
     r"telling|keeps saying) (me )?(that )?(the baby|the kids|my baby|everyone|they|we) (would|"
     r"will|d) be better off without me\b"),
    # The baby used against the parent ("to punish me"), a partner who hit her and may start
    # on the baby, and a partner telling her to kill herself: abuse, ahead of harm to the baby
    # and self-harm, whose words they share. All still lead with the emergency number.
    (Category.ABUSE, "ab_baby_used_against_me",
     r"\b(hurt|harm|hit|shake|smother|drown|hold|holds|held|dangle|dangled|dangles|take|took|"
     r"takes) (\S+ ){0,1}(the baby|my baby|our baby|the kids)( \S+){0,4} (to (punish|get at|get "
     r"back at|hurt|scare|frighten|control|threaten) me)\b"
     r"|\b(he|husband|partner|boyfriend)( \S+){0,2} (hit|hits|punched|hurt|hurts|beat|beats|"
     r"pushed|strangled|choked|kicked|slapped) me\b( \S+){0,10} (scared|afraid|terrified|"
     r"worried) (that )?(he|hell|he will|he might|hes going to) (hurt|hit|harm|do the same to|"
     r"start on|go for) (the baby|her|him|the kids)\b"
     r"|\b(he|partner|husband|boyfriend|my ex|his mum|his family)( \S+){0,3} (told|tells|"
     r"telling|keeps telling|said|says|keeps saying) (me )?(\S+ ){0,6}(i should|to) (just )?(go )?"
     r"(kill myself|die|end it|top myself|hang myself)\b(?! (my|her|his|it|the|them)\b)"),
    # Flinching at a raised voice reads as fear of a partner, though it names "her".
    (Category.ABUSE, "ab_flinches",
     r"\b(flinch|flinches|flinched|flinching|cowers|cowered|cowering) (\S+ ){0,2}(whenever|when|"
     r"every time|if) (he|she|they|my partner|my husband|her partner|her husband|her boyfriend|"
     r"his dad|my son|my boyfriend) (raises|raised|shouts|shouted|comes|came|moves|walks|gets|"
     r"lifts|lifted|is)\b"),
    # "The voices say she isn't safe with me": voices with something to say about the baby are
    # psychosis before any harm-to-baby rule reads "isn't safe with me" (voices about hurting
    # oneself stay self-harm).
    (Category.PSYCHOSIS, "ps_the_voices_say",
     r"\bthe voices? (in my head )?(say|says|said|tell|tells|told|keep saying|keeps saying|are "
     r"saying|is saying|want|wants)\b(?!( \S+){0,10} (kill myself|hurt myself|end it|die|harm "
     r"myself|end my life|cut myself)\b)"),
    # Voices from inside the walls or head with something to say are psychosis, even when
    # they speak about the baby; voices about hurting oneself stay self-harm.
    (Category.PSYCHOSIS, "ps_voices_speaking",
     r"\bvoices? (in|from|inside|behind|through) (the |my )?(walls|wall|ceiling|vents|floor|"
     r"pipes|head|house|dark)\b( \S+){0,6} (saying|say|said|says|telling|tell|told|tells|"
     r"whispering|whisper|whispered|calling|call|called|started|know|knows)\b"
     r"(?!( \S+){0,10} (kill myself|hurt myself|end it|die|harm myself|end my life|cut "
     r"myself)\b)"),
]

EXAMPLES = Examples(
    must_match=(
        "he sez hell kill me if i leave",
        "i flinch every time he raises his voice now. so does my toddler",
    ),
    must_not_match=(
        "what happens if i tell my health visitor about intrusive thoughts, will they take my baby",
        "if i don't do what the health visitor says will they take my baby",
    ),
)
