"""Words more than one baby emergency family is built from."""

# Said after a worrying sign, the baby is already well again ("seems totally fine", "she's
# warm now"): a story, not an emergency. A later sign still matches on its own.
RECOVERED = (
    r"(?!( \S+){0,10} ((then |but |and |now )?(shes|hes|she is|he is|seems|seemed|is|was|s|she "
    r"seems|he seems|she was|he was|she s|he s) (now )?(totally |completely |absolutely |"
    r"perfectly |all |back to )?(fine|ok|okay|happy|alright|grand|normal|warm|pink)|(but|and) "
    r"(totally |completely |otherwise |seems )?(fine|ok|okay|happy|alright))\b)"
)
