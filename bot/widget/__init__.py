"""The website widget: a vanilla JS/CSS chat that talks to Rasa's REST channel, and a tiny static server for it."""
