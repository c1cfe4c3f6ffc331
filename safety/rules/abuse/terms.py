"""Words more than one abuse family is built from."""

# Coercive control described without its words (b_crisis training part): who holds the money,
# the phone and the keys, who may be seen, when the parent may go out, and what the parent
# does because of his temper. "He" is the usual subject; a partner named by role also counts.
HE = r"(he|hes|he s|husband|my husband|partner|my partner|boyfriend|my boyfriend|fiance|my ex)"

JOKE_AFTER = r"(?!( \S+){0,10} (lol|haha|hehe|lmao|jk|joking|kidding)\b)"
