"""`whatmatters bench`: simulated people holding whole conversations with ours and with Rasa's starter assistant.

people.py says what each person types, load.py holds the conversations over the REST channel,
processes.py starts the two assistants, report.py turns the timings into figures, and run.py ties them
together (see docs/benchmarks.md, "Load").
"""
