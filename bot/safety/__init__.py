"""Danger comes before the report (survivor-centred rule 17): the safety net that reads every message for words
of suicide, self-harm or danger here and now, in all ten languages. `net.find_danger` is the one entry point;
`phrases` holds the lists and `normalise` the folding both sides go through."""
