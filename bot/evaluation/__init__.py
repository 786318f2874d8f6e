"""Measurements behind `make evaluate`, kept apart from the code they measure.

    python -m bot.evaluation.language [--data DIR]   # language detection on the shared test set
    python -m bot.evaluation.nlu RESULTS_DIR          # intent accuracy per language from `rasa test nlu`
"""
