"""Every list of the intake's fields (slot names) in one place: the questions, their order, how each is answered,
and the choices offered where a question has buttons.

The forms in domain.yml ask these slots; the form validators (actions/forms.py), the interruptions that keep
what was typed (actions/care.py), the summary and the report all take their lists from here.
"""
from __future__ import annotations

# Intake, before anything is told: safety, then consent (survivor-centred rules 13 and 2). After anything but a
# clear "yes, I am safe", safe_to_go_on offers the choices (leave now, save for later, go on) before the consent.
INTAKE_QUESTIONS = ("safe_now", "safe_to_go_on", "consent")

# The optional questions after the narrative, in the order they are asked.
DETAIL_QUESTIONS = ("incident_time", "incident_place", "perpetrator", "perpetrator_in_uk", "others_involved",
                    "evidence", "prior_reports")
# The questions of the report form that make up the account, in the order they are asked.
ANSWER_FIELDS = ("role", "narrative") + DETAIL_QUESTIONS
# Whether the team may share the report with others: a consent (survivor-centred rule 3), answered yes or no.
ONWARD_SHARING = "onward_sharing"
# The answers a filed report holds: the account, and whether the team may share it.
REPORT_ANSWER_FIELDS = ANSWER_FIELDS + (ONWARD_SHARING,)
# The questions after the account that "That's all, review and send" leaves unasked (survivor-centred rule 20):
# a person who only wants to tell it and send it goes from the account straight to the summary.
OPTIONAL_FOLLOW_UPS = ("role",) + DETAIL_QUESTIONS + (ONWARD_SHARING,)

# What a returning reporter adds to their report (the follow-up form's question): more of the account.
ADDED_TO_A_REPORT = "followup_text"
# The intents that ask about an earlier report: adding to it, or withdrawing consent to it. They are asked in a
# request's few words: a message longer than that taken for one may be an account ("salam, mujhe report karni hai,
# mere bhai ko fauji... le gaye"), and is held before consent (actions/opening.py).
ABOUT_AN_EARLIER_REPORT = ("followup", "withdraw")

# What someone who asked to be contacted may tell the team about how; asked only then, each one skippable.
CONTACT_NEEDS = ("contact_safe_times", "contact_language", "contact_interpreter", "contact_officer_gender")
# Every question asked only of someone who asked to be contacted (survivor-centred rule 14), in order.
CONTACT_QUESTIONS = ("contact_details",) + CONTACT_NEEDS

# Report-form questions with a rule of their own (actions/forms.py). The first, keep_held_words, offers back
# words written before consent (actions/opening.py); a "yes" to perpetrator_in_uk gets a safety note.
RULED_REPORT_QUESTIONS = ("keep_held_words", "role", "narrative", "narrative_done", "perpetrator_in_uk",
                          "contact_preference", "contact_details", "contact_officer_gender", "report_confirmed")
# Report-form questions answered in the user's own words or with a skip, with no rule of their own.
FREE_TEXT_QUESTIONS = tuple(q for q in DETAIL_QUESTIONS + (ONWARD_SHARING,) + CONTACT_NEEDS
                            if q not in RULED_REPORT_QUESTIONS)
# Questions no yes or no answers ("What happened?", "When?", "Where?"): a yes or no button pressed there (an
# earlier question's, still on screen) answers nothing, and the question stays open.
NOT_YES_OR_NO_QUESTIONS = frozenset({"narrative", "incident_time", "incident_place"})
# Questions whose open answer takes a message that interrupted it (distress, a misread age) as the answer:
# the ones answered in words rather than with a choice.
ANSWERED_IN_WORDS = frozenset(ANSWER_FIELDS) - {"role", "perpetrator_in_uk"}

# A returning user's form: the report reference and follow-up code (checked together), then what to add.
FOLLOWUP_QUESTIONS = ("followup_reference", "followup_code", "followup_text")

# Free-text answers that staff may need in English: the original stays the evidence.
TRANSLATED_FIELDS = ("narrative", "incident_time", "incident_place", "perpetrator", "others_involved",
                     "evidence", "prior_reports", "contact_details", "contact_safe_times", "contact_language")
# The summary shown before sending, in this order.
SUMMARY_FIELDS = ("narrative", "role", "incident_time", "incident_place", "perpetrator", "perpetrator_in_uk",
                  "others_involved", "evidence", "prior_reports", "onward_sharing",
                  "contact_preference") + CONTACT_QUESTIONS

# The choices offered for the role question (its buttons).
ROLES = ("survivor", "witness", "perpetrator_information", "on_behalf")
# How the user chose to be contacted (the contact question's buttons).
CONTACT_CHOICES = ("anonymous", "contact_me", "support_organisation")
# Who they would rather speak to (the buttons of the officer question).
OFFICER_GENDERS = ("woman", "man", "no_preference")
