"""Names the docstring examples of the library use without importing them.

The modules import pandas only where they build a DataFrame (it is a quarter of the command
line's start-up), so the examples that build one get it here, as a reader of the docs would
have it.
"""

import numpy as np
import pandas as pd
import pytest


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace):
    doctest_namespace.update(np=np, pd=pd)
