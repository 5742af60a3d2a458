"""Split war news articles into the narratives of the sides they report, and compare them."""

from .attribution import add_attribution, split_article
from .corpus import Article, InputError, iter_articles, load_article, normalise_text
from .resources import load_actors
from .segment import split_units

__all__ = [
    "Article",
    "InputError",
    "add_attribution",
    "iter_articles",
    "load_actors",
    "load_article",
    "normalise_text",
    "split_article",
    "split_units",
]
__version__ = "0.1.0"
