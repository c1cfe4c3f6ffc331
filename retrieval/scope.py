"""What Nightlight's sources do not cover, so that near-miss questions are declined honestly.

Many baby questions share words with the articles (feeding, sleep, crying) but ask about
something they never discuss. A question is declined when it is closer to one of these subjects
than to any passage: a relative test that needs no per-question threshold, and that lets a new
article about, say, sleep take over those questions by simply matching them better.
Keep each line a short description of a subject, not a particular question.
"""

OFF_TOPICS = (
    "how much milk or formula should my baby drink, feeding amounts and schedules",
    "breastfeeding latch, milk supply, expressing milk and bottles",
    "weaning and starting solid food, purees and baby led weaning",
    "medicine doses for babies like paracetamol, calpol or ibuprofen",
    "baby has a fever, a high temperature, a rash, vomiting or diarrhoea",
    "nappies, poo colour, nappy rash and constipation",
    "teething pain and teething gels",
    "vaccinations and immunisations and their side effects",
    "sleep training, nap schedules and how much sleep a baby needs",
    "safe sleep, co-sleeping or bed sharing with a baby, and cot death",
    "developmental milestones such as crawling, walking, talking and rolling over",
    "car seats, prams, cots and buying baby products",
    "maternity pay, parental leave, benefits and childcare costs",
    "registering the birth, passports and paperwork",
    "bathing a newborn, skin care, the umbilical cord and cradle cap",
    "flat head, tongue tie, reflux and other physical conditions",
    "toddler tantrums, potty training and fussy eating",
    "pregnancy symptoms, labour, giving birth and recovering from a caesarean",
    "contraception, sex after birth and getting pregnant again",
    "the weather, the news, sport, recipes, shopping and technology",
)
