"""Beth sy'n bwysig / What matters: a bilingual pre-visit "what matters" assistant."""

__version__ = "0.1.0"
