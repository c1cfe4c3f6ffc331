"""Words more than one psychosis family is built from."""

JOKE_AFTER = r"(?!( \S+){0,10} (lol|haha|hehe|lmao|jk|joking|kidding)\b)"
