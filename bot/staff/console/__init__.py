"""The staff review console: a local web application on the reviewer's own workstation.

Decryption happens where the private key is (the SecureDrop model): the console reads a sealed report
directory (the local one, or a copy pulled from the server with `python -m bot.staff pull`), unlocks a staff
member's key with their passphrase into memory only, and serves pages to a browser on 127.0.0.1. The
survivor-facing servers never run it and never see a private key.
"""
