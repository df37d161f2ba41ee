"""Arabic proclitics stripped when indexing words for search, so that a query for الرئيس also finds
والرئيس، بالرئيس، للرئيس and a query for رئيس finds all of them. Each stripped form is indexed beside
the word as written (nothing is ever removed from stored text). Forms are in the normalized view
(hamza and alef forms already folded)."""

# Conjunctions glued to the next word: wa- and fa- (والرئيس، فالحكومة).
CONJUNCTIONS = "وف"

# One-letter prepositions glued to the next word: bi-, li-, ka- (بالرئيس، لوزير، كمسؤول).
PREPOSITIONS = "بلك"

# The definite article; li- before it drops the alef (لل: للرئيس = ل + الرئيس).
ARTICLE = "ال"
LI_ARTICLE = "لل"

# A stripped form shorter than this many letters is not indexed (و+لد would give لد).
MIN_STEM = 3
