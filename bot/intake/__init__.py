"""Intake: what the person is asked, how each answer is kept, and the summary and report made of the answers.

    bot.intake.fields          # every list of slot names: the questions, their order, how each is answered
    bot.intake.answers         # an answer in the user's words, or a marker for skipping it
    bot.intake.summary         # the summary shown before sending, in the user's language
    bot.intake.report_builder  # the report sealed for the war crimes team, transcript included
"""
