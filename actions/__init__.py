"""The Rasa SDK action server for Testimony."""
