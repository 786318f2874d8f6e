"""Staff tools: key management, reading sealed reports, audit log (`python -m bot.staff --help`)."""
