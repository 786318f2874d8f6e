"""`make bench`: Testimony's speed measured from outside, against a bare `rasa init` assistant in the same run.

    bot.benchmark.stats          # percentiles, turns per second, the ratio of two systems
    bot.benchmark.clients        # talking to each system over its REST channel as a person would
    bot.benchmark.load           # many conversations at once, every turn timed
    bot.benchmark.systems        # starting Testimony (as `make run` does) and a bare Rasa, one at a time
    bot.benchmark.__main__       # the run, its table, and docs/benchmarks.md

It measures and never asserts: these machines are shared and noisy, so what it reports are ratios to bare Rasa
measured in the same run, one system loaded at a time.
"""
